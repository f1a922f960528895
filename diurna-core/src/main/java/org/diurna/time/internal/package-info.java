/**
 * Implementation of the time layer, not API: the HeidelTime runner (UIMA plumbing, POS mapping, rule skipping), the
 * rule file reader, the rule engine with its tense detector, value expressions and calendar arithmetic.
 */
package org.diurna.time.internal;
