package org.diurna.figures;

import java.util.List;
import java.util.Set;
import org.diurna.figures.FigureLexicon.NumberWord;
import org.diurna.figures.Words.Word;

/**
 * Reads a number phrase: digits ("300.000", "1,5 million"), number words ("deux cent cinquante", "quatre-vingt-dix"),
 * round approximations ("une dizaine" = about 10), vague plurals and shares.
 *
 * <p>Vague plurals ("des centaines", "plusieurs milliers", "des dizaines de milliers", "des millions", "hundreds")
 * are read as "more than" their unit (100, 1000, 10 000, 1 000 000): that much is certainly true, and it is the
 * figure a reader would quote as a lower bound.
 */
final class NumberReader {
    /**
     * A number phrase over words [from, to): its value; the qualifier it carries itself ("about" for "une dizaine",
     * "more than" for "des centaines") or null; whether it is a share ("la moitié"); whether "de"/"of" may follow
     * before the noun ("2 millions de"); whether it is a bare four-digit number that may be a year.
     */
    record Phrase(int from, int to, double value, String implied, boolean share, boolean takesDe, boolean yearLike) {}

    private static final Set<String> ROUND = Set.of("approx", "many", "scale", "fraction");

    private NumberReader() {}

    /** The number phrase that starts at word {@code i}, or null. */
    static Phrase read(List<Word> w, int i, FigureLexicon lx) {
        int j = i;
        NumberWord first = lx.number(w.get(i).norm());
        boolean det = first != null && first.kind().equals("det");
        if (det) j++;
        double total = 0, group = 0;
        String implied = null, last = null;
        boolean any = false, digits = false, special = false;
        while (j < w.size()) {
            Word x = w.get(j);
            if (x.isNumber()) {
                if (any) break; // "2011 300": two numbers, not one
                group = x.digits();
                any = digits = true;
                last = "word";
                j++;
                continue;
            }
            String[] parts = x.norm().split("-");
            NumberWord[] nw = new NumberWord[parts.length];
            boolean ok = true;
            for (int k = 0; k < parts.length && ok; k++) {
                nw[k] = lx.number(parts[k]);
                ok = nw[k] != null && !nw[k].kind().equals("det") && (!digits || !nw[k].kind().equals("word"))
                        && (parts.length > 1 || !nw[k].kind().equals("and"));
            }
            if (!ok) {
                // "des dizaines de milliers", "vingt et un", "one hundred and five"
                NumberWord next = j + 1 < w.size() ? lx.number(w.get(j + 1).norm()) : null;
                boolean de = x.norm().equals("de") || x.norm().equals("of");
                boolean and = nw[0] != null && nw[0].kind().equals("and");
                if (any && next != null && parts.length == 1
                        && (de && ROUND.contains(last) && Set.of("thousand", "scale", "many").contains(next.kind())
                        || and && next.kind().equals("word") && !digits)) {
                    j++;
                    continue;
                }
                break;
            }
            for (NumberWord n : nw) {
                double v = n.value(), base = group == 0 ? 1 : group;
                switch (n.kind()) {
                    // "quatre-vingts": four twenties
                    case "word" -> group = v == 20 && group % 100 == 4 ? group + 76 : group + v;
                    case "hundred" -> group = base * v;
                    case "thousand" -> { total += base * v; group = 0; }
                    case "scale" -> {
                        if (any) { total += base * v; group = 0; } else { group = v; implied = "more than"; }
                    }
                    case "approx" -> { group = base * v; implied = implied == null ? "about" : implied; }
                    case "many" -> { group = base * v; implied = implied == null ? "more than" : implied; }
                    case "fraction" -> group = base * v;
                    default -> { } // "et" inside "vingt-et-un"
                }
                if (!n.kind().equals("word") && !n.kind().equals("and")) special = true;
                last = n.kind();
                any = true;
            }
            j++;
            if ("fraction".equals(last)) break;
        }
        // a determiner opens only a phrase that needs one: "des centaines", "la moitié", not "les 12"
        if (!any || det && !special) return null;
        Word only = w.get(i);
        boolean yearLike = j == i + 1 && only.bare() && only.digits() >= 1800 && only.digits() <= 2100;
        double value = total + group;
        if (value >= 1) value = Math.rint(value * 1000) / 1000; // 1,1 million is 1100000, not 1100000.0000000002
        return new Phrase(i, j, value, implied, "fraction".equals(last), ROUND.contains(last), yearLike);
    }
}
