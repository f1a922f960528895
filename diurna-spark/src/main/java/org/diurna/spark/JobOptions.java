package org.diurna.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What the corpus job reads and where it writes.
 *
 * @param inputs      files, folders or globs, local or on any Hadoop file system (hdfs://, s3a://...), as
 *                    {@code diurna ingest} takes them
 * @param out         the output folder (local or Hadoop URI); its tables are replaced
 * @param partitions  how many read tasks; 0 for four per core of the cluster
 * @param stamp       the time written as {@code ingested_at}, {@code added_at} and {@code first_seen}: fix it to
 *                    make two runs byte-for-byte equal in those columns too
 * @param published   publication date for texts that carry none, or null
 * @param maxBytes    largest article or file read; larger ones are problems
 * @param failOnceOn  test hook: the first attempt of the task reading a source containing this text fails, so
 *                    that tests see a retried task change nothing; null in real runs
 */
public record JobOptions(List<String> inputs, String out, int partitions, LocalDateTime stamp, LocalDate published,
                         int maxBytes, String failOnceOn) implements Serializable {
    public JobOptions {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(stamp, "stamp");
        if (partitions < 0) throw new IllegalArgumentException("partitions < 0");
    }
}
