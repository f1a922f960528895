package org.diurna.morph;

/** The tense groups the reading cares about (future → planned, conditional → hypothetical, ...). */
public enum Tense { PRESENT, IMPERFECT, SIMPLE_PAST, FUTURE, CONDITIONAL, PARTICIPLE, OTHER }
