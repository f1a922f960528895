package org.diurna.model;

import java.util.regex.Pattern;

/**
 * The one rule for an article's URL: only an {@code http:} or {@code https:} address with a host is kept.
 *
 * <p>Why: the URL comes from whoever wrote the input (a JSON field, a sidecar, a feed's link, a page's og:url), and
 * it ends up as a link in the dashboard and as a cell in exports. A {@code javascript:} or {@code data:} URL would
 * run script when clicked, a {@code file:} URL points into the reader's own disk, and text such as
 * {@code =HYPERLINK(...)} is no address at all. Readers drop such a URL (the article is kept, without it) and say so
 * with a {@code url} problem; the store applies the same rule again before writing, whoever calls it.
 */
public final class WebUrl {
    /** The problem code for a URL dropped by this rule. */
    public static final String PROBLEM = "url";
    /** Scheme, "://", a host part, then anything but white space or control characters. */
    private static final Pattern WEB = Pattern.compile("(?i)https?://[^\\s\\p{Cntrl}/?#]+[^\\s\\p{Cntrl}]*");

    private WebUrl() {}

    /** Whether {@code url} (trimmed) is an http(s) address. */
    public static boolean isWeb(String url) {
        return url != null && WEB.matcher(url.strip()).matches();
    }

    /** {@code url} trimmed when it is an http(s) address, else null. */
    public static String orNull(String url) {
        return isWeb(url) ? url.strip() : null;
    }

    /** The problem of an article at {@code where} whose URL {@code url} was dropped. */
    public static Problem dropped(String where, String url) {
        // shown as a person can read it on one line: control characters are what made some of these URLs hostile
        String clean = url.replaceAll("\\p{Cntrl}", "?");
        String shown = clean.length() <= 80 ? clean : clean.substring(0, 80) + "...";
        return new Problem(PROBLEM, where, "the URL \"" + shown + "\" is not an http(s) address: the article is kept"
                + " without it");
    }
}
