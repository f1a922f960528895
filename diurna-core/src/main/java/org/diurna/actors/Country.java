package org.diurna.actors;

import java.util.List;

/** A state with its names, the demonyms of all genders and numbers, and its capital. */
public record Country(String iso3, String nameEn, String nameFr, List<String> aliases, List<String> demonymsFr,
                      List<String> demonymsEn, String capitalEn, String capitalFr) {
}
