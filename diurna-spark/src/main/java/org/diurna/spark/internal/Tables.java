package org.diurna.spark.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet tables of the job, column for column those of the store's {@code schema.sql} (DuckDB reads them back
 * as views: {@code diurna serve --parquet}), each with a {@code month} partition column ("2016-11", or "unknown").
 */
public final class Tables {
    public static final String UNKNOWN_MONTH = "unknown";
    private static final DataType TEXT = DataTypes.StringType;
    private static final DataType INT = DataTypes.IntegerType;
    private static final DataType BIGINT = DataTypes.LongType;
    private static final DataType REAL = DataTypes.DoubleType;
    private static final DataType BOOL = DataTypes.BooleanType;
    private static final DataType TIME = DataTypes.TimestampNTZType;
    private static final DataType TEXTS = DataTypes.createArrayType(DataTypes.StringType);

    public static final StructType ARTICLES = schema("article_id", TEXT, "ingest_seq", BIGINT, "source", TEXT, "url",
            TEXT, "outlet", TEXT, "title", TEXT, "published", DataTypes.DateType, "language", TEXT, "text", TEXT,
            "duplicate_of", TEXT, "similarity", REAL, "minhash", DataTypes.BinaryType, "ingested_at", TIME);
    public static final StructType EVENTS = schema("event_id", TEXT, "event_no", BIGINT, "plover", TEXT, "mode", TEXT,
            "cameo", TEXT, "quad_class", INT, "goldstein", REAL, "source_name", TEXT, "source_country", TEXT,
            "source_sector", TEXT, "source_actor_id", TEXT, "target_name", TEXT, "target_country", TEXT,
            "target_sector", TEXT, "target_actor_id", TEXT, "is_symmetric", BOOL, "date", TEXT, "date_precision",
            TEXT, "day", DataTypes.DateType, "place_name", TEXT, "place_country", TEXT, "place_kind", TEXT, "lat",
            REAL, "lon", REAL, "factuality", TEXT, "evidence", TEXT, "num_mentions", INT, "num_articles", INT,
            "num_sources", INT, "outlets", TEXTS, "sources", TEXTS, "first_reported", TIME, "last_reported", TIME,
            "added_at", TIME);
    public static final StructType MENTIONS = schema("mention_id", TEXT, "event_id", TEXT, "article_id", TEXT,
            "local_id", TEXT, "start_offset", INT, "end_offset", INT, "evidence", TEXT, "spans", TEXT, "trigger",
            TEXT, "mode", TEXT, "factuality", TEXT, "date", TEXT, "attributed_to", TEXTS, "source_name", TEXT,
            "target_name", TEXT, "in_lead", BOOL);
    public static final StructType ENTITIES = schema("article_id", TEXT, "entity_no", INT, "start_offset", INT,
            "end_offset", INT, "text", TEXT, "type", TEXT, "resolved_by", TEXT, "actor_id", TEXT, "name", TEXT,
            "country", TEXT, "sector", TEXT, "role", TEXT, "place_name", TEXT, "place_country", TEXT, "place_kind",
            TEXT, "lat", REAL, "lon", REAL);
    public static final StructType QUOTES = schema("article_id", TEXT, "quote_no", INT, "start_offset", INT,
            "end_offset", INT, "text", TEXT, "speaker_name", TEXT, "speaker_country", TEXT, "speaker_sector", TEXT,
            "speaker_actor_id", TEXT);
    public static final StructType FIGURES = schema("article_id", TEXT, "figure_no", INT, "value", REAL, "qualifier",
            TEXT, "unit", TEXT, "place", TEXT, "start_offset", INT, "end_offset", INT, "text", TEXT);
    public static final StructType PROBLEMS = schema("source", TEXT, "code", TEXT, "detail", TEXT, "first_seen", TIME);
    public static final StructType META = schema("key", TEXT, "value", TEXT);

    private Tables() {}

    private static StructType schema(Object... nameType) {
        List<StructField> fields = new ArrayList<>();
        for (int i = 0; i < nameType.length; i += 2) {
            fields.add(DataTypes.createStructField((String) nameType[i], (DataType) nameType[i + 1], true));
        }
        return DataTypes.createStructType(fields);
    }

    /** A row of {@code schema}'s columns then the month: numbers boxed to the column's type. */
    public static Row row(StructType schema, Object[] values, String month) {
        Object[] out = new Object[values.length + (month == null ? 0 : 1)];
        StructField[] f = schema.fields();
        for (int i = 0; i < values.length; i++) out[i] = coerce(values[i], f[i].dataType());
        if (month != null) out[values.length] = month;
        return RowFactory.create(out);
    }

    private static Object coerce(Object v, DataType t) {
        // a Row holds arrays as Scala sequences
        if (v instanceof List<?> list) return scala.jdk.javaapi.CollectionConverters.asScala(list).toSeq();
        if (!(v instanceof Number n)) return v;
        if (t.equals(INT)) return n.intValue();
        if (t.equals(BIGINT)) return n.longValue();
        if (t.equals(REAL)) return n.doubleValue();
        return v;
    }

    /**
     * Writes {@code rows} as table {@code name} under {@code out}, replacing what was there: when {@code monthly},
     * one folder per month with one file per month (split every million rows), else one file. Spark's committer
     * publishes a task's files only when the task succeeds, so a task killed and retried leaves no trace.
     */
    public static void write(SparkSession spark, int partitions, JavaRDD<Row> rows, StructType schema,
                             boolean monthly, String out, String name) {
        StructType full = monthly ? schema.add("month", TEXT, false) : schema;
        Dataset<Row> df = spark.createDataFrame(rows, full);
        df = monthly ? df.repartition(partitions, df.col("month")) : df.coalesce(1);
        var w = df.write().mode(SaveMode.Overwrite).option("maxRecordsPerFile", 1_000_000);
        if (monthly) w = w.partitionBy("month");
        w.parquet(out + "/" + name);
    }
}
