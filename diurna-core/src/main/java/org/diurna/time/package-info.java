/**
 * The time layer: finds the time expressions of a dispatch and normalises them against its publication date.
 *
 * <p>{@link org.diurna.time.TemporalTagger} runs HeidelTime 2.1 (news mode) on CoreNLP's tokens and then Diurna's
 * rules ({@code rules-fr.tsv}, {@code rules-en.tsv}, in this package's resources) where HeidelTime misses or misreads;
 * {@link org.diurna.time.TimeStage} puts the result on a document as {@code Layers.TIMEXES}. The evaluation against
 * French TimeBank lives in {@code org.diurna.time.eval}; {@code org.diurna.time.internal} is not API.
 */
package org.diurna.time;
