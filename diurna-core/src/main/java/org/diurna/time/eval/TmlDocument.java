package org.diurna.time.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.diurna.model.Timex;

/**
 * One ISO-TimeML (.tml) article: the raw text of its {@code <TEXT>} element with every tag stripped, its creation date
 * and its gold TIMEX3s with offsets into that raw text. The creation-time TIMEX3 is not part of the gold set.
 *
 * @param id      the DOCID (or the file name)
 * @param text    the article text, tags removed, entities decoded
 * @param dct     the document creation time, or null when the file has none
 * @param timexes gold expressions, rule = "gold:" + tid
 */
public record TmlDocument(String id, String text, LocalDate dct, List<Timex> timexes) {
    public TmlDocument {
        timexes = List.copyOf(timexes);
    }

    public static TmlDocument read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            String name = file.getFileName().toString().replaceFirst("\\.tml$", "");
            return read(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TmlDocument read(InputStream in, String defaultId) {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        try {
            XMLStreamReader r = f.createXMLStreamReader(in, "UTF-8");
            StringBuilder text = new StringBuilder();
            StringBuilder docId = new StringBuilder();
            List<Timex> gold = new ArrayList<>();
            String element = null;
            boolean inText = false;
            LocalDate dct = null;
            Map<String, String> open = null;
            int openStart = -1;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    element = r.getLocalName();
                    if ("TEXT".equals(element)) inText = true;
                    else if ("TIMEX3".equals(element)) {
                        Map<String, String> attrs = attributes(r);
                        boolean creation = "CREATION_TIME".equals(attrs.get("functionInDocument"));
                        if (creation && dct == null) dct = date(attrs.get("value"));
                        if (inText && !creation) {
                            open = attrs;
                            openStart = text.length();
                        }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    String name = r.getLocalName();
                    if ("TEXT".equals(name)) inText = false;
                    else if ("TIMEX3".equals(name) && open != null) {
                        int end = text.length();
                        gold.add(new Timex(openStart, end, text.substring(openStart, end), open.get("type"),
                                open.get("value"), "gold:" + open.getOrDefault("tid", "")));
                        open = null;
                    }
                    element = null;
                } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                        || ev == XMLStreamConstants.SPACE) {
                    if (inText) text.append(r.getText());
                    else if ("DOCID".equals(element)) docId.append(r.getText());
                }
            }
            r.close();
            String id = docId.toString().trim();
            return new TmlDocument(id.isEmpty() ? defaultId : id, text.toString(), dct, gold);
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("not a readable TimeML file: " + defaultId + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, String> attributes(XMLStreamReader r) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < r.getAttributeCount(); i++) m.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
        return m;
    }

    /** The day of a TIMEX3 value (1999-05-17, 19990517, 1999-05-17T10:00), or null. */
    static LocalDate date(String value) {
        if (value == null) return null;
        String v = value.trim();
        if (v.matches("\\d{8}.*")) v = v.substring(0, 4) + "-" + v.substring(4, 6) + "-" + v.substring(6, 8);
        if (!v.matches("\\d{4}-\\d{2}-\\d{2}.*")) return null;
        return LocalDate.parse(v.substring(0, 10));
    }
}
