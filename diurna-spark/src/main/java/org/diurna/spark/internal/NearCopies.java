package org.diurna.spark.internal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.diurna.dedup.NearDuplicates;
import scala.Tuple2;

/**
 * Near-duplicate detection as a join: the ingest's MinHash LSH (same signatures, same 20 bands of 7 rows, same
 * 16-bit verification, same 0.8 threshold), with candidate pairs found by grouping articles on (band, key) instead
 * of probing an in-memory index. Each article is linked to the earliest article in reading order it nearly
 * copies, as the ingest links it. The project's own MinHash rather than MLlib's {@code MinHashLSH}: MLlib hashes
 * other shingles with other functions, so its pairs would differ from those of {@code diurna ingest}, and a
 * corpus read on one machine or on a cluster must give the same links.
 */
public final class NearCopies {
    /** A stored article as near-duplicate detection sees it. */
    public record Signed(long seq, String articleId, long[] signature) implements Serializable {}

    /** The article an article nearly copies, with the agreement count of their signatures. */
    public record Original(long seq, String articleId, int agreements) implements Serializable {
        public double similarity() {
            return agreements / (double) NearDuplicates.NUM_HASHES;
        }
    }

    private NearCopies() {}

    /** Sequence number of each near-duplicate → its original (articles with no original are absent). */
    public static JavaPairRDD<Long, Original> originals(JavaRDD<Signed> stored, int partitions) {
        int min = new NearDuplicates().minAgreements();
        return stored.flatMapToPair(signed -> {
            int[] keys = NearDuplicates.bandKeys(signed.signature());
            List<Tuple2<Long, Signed>> out = new ArrayList<>(keys.length);
            for (int b = 0; b < keys.length; b++) {
                out.add(new Tuple2<>(((long) b << 32) | (keys[b] & 0xffffffffL), signed));
            }
            return out.iterator();
        }).groupByKey(partitions).flatMapToPair(group -> {
            List<Signed> members = new ArrayList<>();
            group._2().forEach(members::add);
            members.sort(Comparator.comparingLong(Signed::seq));
            List<Tuple2<Long, Original>> out = new ArrayList<>();
            for (int j = 1; j < members.size(); j++) {
                Signed later = members.get(j);
                // the earliest similar enough is the one kept: scan in order and stop at the first
                for (int i = 0; i < j; i++) {
                    Signed earlier = members.get(i);
                    int agree = NearDuplicates.agreements(earlier.signature(), later.signature());
                    if (agree >= min) {
                        out.add(new Tuple2<>(later.seq(), new Original(earlier.seq(), earlier.articleId(), agree)));
                        break;
                    }
                }
            }
            return out.iterator();
        }).reduceByKey((a, b) -> a.seq() <= b.seq() ? a : b, partitions);
    }
}
