package org.diurna.dedup;

import java.util.LinkedHashMap;
import java.util.Map;

/** A French wire dispatch written for these tests, and the copies partner sites make of it. */
final class WireStory {
    private WireStory() {}

    static final String TITLE =
            "Marseille\u00a0: les dockers du Grand Port maritime en grève contre la fusion des terminaux de Fos";

    static final String BODY = """
            Marseille, 14 mars 2024 (AFP) – Les dockers du Grand Port maritime de Marseille ont entamé jeudi matin \
            une grève de 48\u00a0heures pour protester contre le projet de fusion des terminaux à conteneurs de \
            Fos-sur-Mer, a-t-on appris auprès de la CGT.

            Dès six heures, plusieurs centaines de salariés se sont rassemblés devant l’entrée principale du bassin \
            de la Joliette, bloquant l’accès des camions. Selon la direction du port, une vingtaine de navires \
            attendaient en rade dans la soirée et trois porte-conteneurs ont été détournés vers Gênes et Barcelone.

            «\u00a0Nous ne laisserons pas disparaître quatre cents emplois sans réagir\u00a0», a déclaré à l’AFP \
            Pascal Vidal, secrétaire général du syndicat des dockers, en dénonçant un plan «\u00a0décidé dans les \
            bureaux parisiens sans la moindre concertation\u00a0».

            Le projet, présenté le mois dernier par le directoire, prévoit de regrouper les deux terminaux de Fos \
            sous une seule société d’exploitation d’ici à la fin de l’année 2025. La direction assure qu’il \
            permettra de gagner des parts de marché face aux ports du nord de l’Europe et qu’aucun licenciement sec \
            n’est envisagé.

            La présidente du conseil de surveillance, Hélène Marchetti, a appelé jeudi soir à «\u00a0reprendre le \
            dialogue au plus vite\u00a0» et proposé une réunion tripartite avec l’État et les organisations \
            syndicales dès lundi. Le ministère des Transports s’est dit «\u00a0attentif à la situation\u00a0» sans \
            annoncer de médiation.

            Les organisations patronales du secteur logistique ont chiffré à plusieurs millions d’euros par jour le \
            coût du mouvement pour les entreprises de la région. La chambre de commerce redoute un effet durable \
            sur la réputation du port, déjà fragilisée par les conflits sociaux de 2010 et de 2019.

            Les grévistes ont prévu de manifester vendredi après-midi sur le Vieux-Port. Une assemblée générale \
            doit décider samedi d’une éventuelle reconduction du mouvement.
            """;

    static final String ORIGINAL = TITLE + "\n\n" + BODY;

    static final String HEADER = "Publié le 14/03/2024 à 19h42 par Le Quotidien du Sud\n"
            + "Mis à jour le 14/03/2024 à 20h10\n\n";
    static final String FOOTER = "\nLire aussi : Fos-sur-Mer : la raffinerie de Lavéra à l’arrêt après un incident\n"
            + "Partager sur Facebook\nPartager sur X\nEnvoyer par courriel\n© AFP\n";

    /** The copies a partner site could publish, by what was changed. */
    static Map<String, String> variants() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("header and footer", HEADER + ORIGINAL + FOOTER);
        v.put("changed title", "Grève au port de Marseille : 48 heures de blocage contre la fusion des terminaux\n\n"
                + BODY);
        v.put("one sentence edited", ORIGINAL.replace(
                "Selon la direction du port, une vingtaine de navires attendaient en rade dans la soirée et trois "
                        + "porte-conteneurs ont été détournés vers Gênes et Barcelone.",
                "D’après la direction du port, vingt-deux navires patientaient au large jeudi soir, et trois "
                        + "porte-conteneurs ont dû être déroutés vers Gênes."));
        v.put("paragraphs reflowed", reflow(ORIGINAL, 58));
        v.put("typographic quotes changed", ORIGINAL.replace("«\u00a0", "“").replace("\u00a0»", "”")
                .replace('’', '\'').replace('–', '-').replace("\u00a0", " "));
        v.put("body only, no title", BODY);
        v.put("partner copy: frame, straight quotes, reflowed", HEADER
                + reflow(ORIGINAL, 70).replace("«\u00a0", "\"").replace("\u00a0»", "\"").replace('’', '\'')
                + FOOTER);
        return v;
    }

    /**
     * A copy with every change at once: frame, new title, an edited sentence, straight quotes, reflowed. On a dispatch
     * of this length that is more than a 0.8 Jaccard threshold allows.
     */
    static String everythingChanged() {
        return HEADER + "Grève au port de Marseille : 48 heures de blocage contre la fusion des terminaux\n\n"
                + reflow(variants().get("one sentence edited").substring(TITLE.length()), 70)
                        .replace("«\u00a0", "\"").replace("\u00a0»", "\"").replace('’', '\'')
                + FOOTER;
    }

    /** The same dispatch a day later: same people, places and turns of phrase, other news. */
    static final String FOLLOW_UP = """
            Marseille : accord au Grand Port maritime, les dockers lèvent leur grève

            Marseille, 16 mars 2024 (AFP) – Les dockers du Grand Port maritime de Marseille ont voté samedi la levée \
            de leur grève après la signature d’un protocole d’accord sur le projet de fusion des terminaux à \
            conteneurs de Fos-sur-Mer, a-t-on appris auprès de la CGT.

            Le texte, négocié pendant près de dix heures à la préfecture, garantit le maintien des effectifs \
            jusqu’en 2027 et crée une commission de suivi où siégeront les représentants du personnel. «\u00a0C’est \
            une victoire, mais nous resterons vigilants\u00a0», a déclaré Pascal Vidal, secrétaire général du \
            syndicat des dockers, à l’issue de l’assemblée générale.

            Hélène Marchetti, présidente du conseil de surveillance, a salué «\u00a0le sens des responsabilités de \
            chacun\u00a0». Selon la direction du port, l’activité devrait reprendre normalement dès dimanche et les \
            navires restés en rade seront traités en priorité.

            Le ministère des Transports a indiqué qu’il suivrait la mise en œuvre de l’accord. Les armateurs, qui \
            avaient détourné plusieurs escales vers Gênes, attendent de voir si le calme se confirme avant de \
            revenir à Marseille. Une manifestation prévue sur le Vieux-Port a été annulée.
            """;

    /** Re-wraps the text at {@code width} columns, merging every paragraph into one, with CRLF line ends. */
    static String reflow(String text, int width) {
        StringBuilder out = new StringBuilder();
        int line = 0;
        for (String word : text.split("[ \n]+")) {
            if (word.isEmpty()) continue;
            if (line > 0 && line + 1 + word.length() > width) {
                out.append("\r\n");
                line = 0;
            } else if (line > 0) {
                out.append(' ');
                line++;
            }
            out.append(word);
            line += word.length();
        }
        return out.append("\r\n").toString();
    }
}
