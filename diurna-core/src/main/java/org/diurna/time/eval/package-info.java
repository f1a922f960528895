/**
 * Scoring time expressions against ISO-TimeML gold files the TempEval way (strict and relaxed span F1, value F1), for
 * Diurna's tagger and plain HeidelTime side by side. Returns data, prints nothing.
 */
package org.diurna.time.eval;
