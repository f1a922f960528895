package org.diurna.spark.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job's input listing: local paths as the ingest walks them, URIs through Hadoop with the same skips. */
class InputListingTest {
    @TempDir Path dir;

    @Test void urisGoThroughHadoopAndPathsThroughTheWalker() {
        assertTrue(InputListing.isRemote("s3a://bucket/cc-news/*.warc.gz"));
        assertTrue(InputListing.isRemote("hdfs://nn:8020/corpus"));
        assertTrue(InputListing.isRemote("file:///data/corpus"));
        assertFalse(InputListing.isRemote("corpus/2016"));
        assertFalse(InputListing.isRemote("/data/a:b/c.txt"));
        assertFalse(InputListing.isRemote("C:\\news\\a.txt"));
    }

    @Test void aTextsSidecarIsReadWithItNotAsAnArticle() {
        Set<String> all = Set.of("x/a.txt", "x/a.json", "x/b.json", "x/c.txt.gz", "x/c.json");
        assertTrue(InputListing.isSidecar("x/a.json", all));
        assertTrue(InputListing.isSidecar("x/c.json", all));
        assertFalse(InputListing.isSidecar("x/b.json", all), "a JSON file with no text beside it is an input");
        assertFalse(InputListing.isSidecar("x/a.txt", all));
    }

    @Test void bothListingsFindTheSameFilesInTheSameOrder() throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        Files.createDirectories(dir.resolve(".hidden"));
        for (String f : List.of("b.txt", "b.json", "a.jsonl", "sub/c.html", "sub/c_files.css", ".hidden/d.txt",
                "e.reading.json", "f.json")) {
            Files.writeString(dir.resolve(f), "x");
        }
        List<FileTask> local = InputListing.list(List.of(dir.toString()), new Configuration());
        List<FileTask> uri = InputListing.list(List.of(dir.toUri().toString()), new Configuration());
        List<String> names = local.stream().map(t -> Path.of(t.path()).getFileName().toString()).toList();
        assertEquals(List.of("a.jsonl", "b.txt", "f.json", "c.html"), names, "sorted as the walker sorts");
        assertEquals(names, uri.stream().map(t -> t.path().substring(t.path().lastIndexOf('/') + 1)).toList());
        assertTrue(uri.stream().allMatch(t -> !t.local() && t.source().startsWith("file:")));
        assertTrue(local.stream().allMatch(t -> t.local() && t.failure() == null));
    }

    @Test void aMissingInputIsAProblemNotAnError() {
        FileTask missing = InputListing.list(List.of(dir.resolve("nope").toUri().toString()), new Configuration())
                .get(0);
        assertEquals("not-found", missing.failureCode());
        assertNull(missing.path());
        FileTask local = InputListing.list(List.of(dir.resolve("nope").toString()), new Configuration()).get(0);
        assertTrue(local.failure() != null && !local.failure().isBlank());
    }

    @Test void readTasksAreSmallEnoughToKeepEveryCoreBusyToTheEnd() {
        assertEquals(8, CorpusJob.defaultPartitions(100, 2));
        assertEquals(60, CorpusJob.defaultPartitions(1191, 2));
        assertEquals(40, CorpusJob.defaultPartitions(40, 64), "never more tasks than files");
        assertEquals(1, CorpusJob.defaultPartitions(0, 2));
    }
}
