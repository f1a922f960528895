package org.diurna.morph;

/**
 * One reading of a word form: its lemma and, for a verb, its tense.
 *
 * @param lemma the dictionary form (infinitive, singular)
 * @param tense the tense of a verb form; {@link Tense#OTHER} for infinitives, subjunctives, imperatives, non-verbs
 */
public record Reading(String lemma, Tense tense) {}
