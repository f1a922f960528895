package org.diurna.spark.internal;

import java.io.Serializable;

/**
 * One input file for a read task, numbered in the order {@code diurna ingest} meets it.
 *
 * @param fileNo  0, 1, 2... in input order
 * @param path    a local path, or a Hadoop URI (hdfs://, s3a://...) that the task copies before reading
 * @param local   whether {@code path} is on the executor's own file system
 * @param source  the name the article's rows give it (as {@code diurna ingest} names it)
 * @param failure when the input could not even be listed: the problem's code and detail; else null
 */
public record FileTask(int fileNo, String path, boolean local, String source, String failureCode,
                       String failure) implements Serializable {}
