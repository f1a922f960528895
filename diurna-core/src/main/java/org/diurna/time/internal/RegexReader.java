package org.diurna.time.internal;

import java.util.HashSet;
import java.util.Set;

/**
 * The leaves of a regular expression for {@link RegexLiterals}: escapes and character classes, read from a position
 * in the pattern. Conservative like its subclass: what it does not know stands for "any character".
 */
abstract class RegexReader {
    /** What an anchor or boundary escape matches: no character at all. */
    protected static final Set<Character> ZERO_WIDTH = Set.of();
    /** Larger classes ([a-z], \\s) count as "any character": too many strings to require. */
    protected static final int SMALL_CLASS = 16;

    protected final String re;
    protected int pos;

    protected RegexReader(String re) {
        this.re = re;
    }

    /** The escape after a backslash: its characters, {@link #ZERO_WIDTH} for \\b and the like, null for a class. */
    protected Set<Character> escape() {
        char e = re.charAt(pos++);
        switch (e) {
            case 'd': {
                Set<Character> digits = new HashSet<>();
                for (char d = '0'; d <= '9'; d++) digits.add(d);
                return digits;
            }
            case 'b': case 'B': case 'A': case 'z': case 'Z': case 'G': return ZERO_WIDTH;
            case 'u': return Set.of(hex(4));
            case 'x': return Set.of(hex(2));
            case 't': return Set.of('\t');
            case 'n': return Set.of('\n');
            case 'p': case 'P': {
                pos = re.charAt(pos) == '{' ? re.indexOf('}', pos) + 1 : pos + 1;
                return null;
            }
            case 'k': {
                pos = re.indexOf('>', pos) + 1;
                return null;
            }
            default:
                // back-references and octal escapes: skip their digits
                if (Character.isDigit(e)) while (pos < re.length() && Character.isDigit(re.charAt(pos))) pos++;
                return Character.isLetterOrDigit(e) ? null : Set.of(e); // \s, \w, \1... or a quoted character
        }
    }

    private char hex(int digits) {
        char ch = (char) Integer.parseInt(re.substring(pos, pos + digits), 16);
        pos += digits;
        return ch;
    }

    /** The characters of a class after its '[', or null when it is large, negated or nested. */
    protected Set<Character> charClass() {
        Set<Character> chars = new HashSet<>();
        boolean big = false;
        if (re.charAt(pos) == '^') {
            big = true;
            pos++;
        }
        boolean first = true;
        while (true) {
            char c = re.charAt(pos++);
            if (c == ']' && !first) break;
            first = false;
            if (c == '[') {
                charClass();
                big = true;
                continue;
            }
            if (c == '&' && re.charAt(pos) == '&') {
                big = true;
                pos++;
                continue;
            }
            Character lo = c;
            if (c == '\\') {
                char e = re.charAt(pos++);
                if (e == 'u') {
                    lo = hex(4);
                } else if (Character.isLetterOrDigit(e)) {
                    if (e == 'p' || e == 'P') pos = re.charAt(pos) == '{' ? re.indexOf('}', pos) + 1 : pos + 1;
                    big = true;
                    continue;
                } else {
                    lo = e;
                }
            }
            if (re.charAt(pos) == '-' && re.charAt(pos + 1) != ']') {
                pos++;
                char hi = re.charAt(pos++);
                if (hi == '\\') {
                    char e = re.charAt(pos++);
                    if (e == 'u') {
                        hi = hex(4);
                    } else {
                        hi = e;
                    }
                }
                if (hi - lo >= SMALL_CLASS) big = true;
                else for (char x = lo; x <= hi; x++) chars.add(x);
            } else {
                chars.add(lo);
            }
        }
        return big || chars.size() > SMALL_CLASS ? null : chars;
    }
}
