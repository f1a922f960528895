/** Diurna's reading over a corpus on Apache Spark: {@link org.diurna.spark.ReadCorpus} is the job. */
package org.diurna.spark;
