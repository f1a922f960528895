package org.diurna.spark.internal;

import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The {@code actors} table: in the store a view over {@code entities}, here computed once by the same rule (one row
 * per dictionary actor, or per name + country + sector for actors the dictionary does not know; the most frequent
 * role, ties to the first in order).
 */
final class Actors {
    private Actors() {}

    static void write(SparkSession spark, String out) {
        spark.read().schema(Tables.ENTITIES.add("month", "string")).parquet(out + "/entities")
                .createOrReplaceTempView("diurna_entities");
        spark.sql("WITH keyed AS ("
                + " SELECT coalesce(actor_id, concat('name:', name, '/', coalesce(country, ''), '/',"
                + " coalesce(sector, ''))) AS actor_key, actor_id, name, country, sector, role, article_id"
                + " FROM diurna_entities WHERE name IS NOT NULL),"
                + " roles AS (SELECT actor_key, role, row_number() OVER (PARTITION BY actor_key"
                + " ORDER BY count(*) DESC, role) AS r FROM keyed WHERE role IS NOT NULL GROUP BY actor_key, role)"
                + " SELECT k.actor_key, max(k.actor_id) AS actor_id, min(k.name) AS name, min(k.country) AS country,"
                + " min(k.sector) AS sector, first(r.role, true) AS role, count(*) AS mentions,"
                + " count(DISTINCT k.article_id) AS articles"
                + " FROM keyed k LEFT JOIN roles r ON r.actor_key = k.actor_key AND r.r = 1"
                + " GROUP BY k.actor_key")
                .write().mode(SaveMode.Overwrite).parquet(out + "/actors");
    }
}
