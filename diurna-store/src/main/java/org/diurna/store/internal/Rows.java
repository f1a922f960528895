package org.diurna.store.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.diurna.model.Place;
import org.diurna.store.EventActor;
import org.diurna.store.EventMention;
import org.diurna.store.EventRow;

/** Maps result rows to records, in one place so that every query reads a column the same way. */
final class Rows {
    private Rows() {}

    static Facts facts(ResultSet rs) throws SQLException {
        return new Facts(rs.getString("plover"), rs.getString("mode"), rs.getString("cameo"), actor(rs, "source_"),
                actor(rs, "target_"), rs.getBoolean("is_symmetric"), rs.getString("date"),
                rs.getString("date_precision"), place(rs), rs.getString("factuality"));
    }

    static EventActor actor(ResultSet rs, String prefix) throws SQLException {
        return new EventActor(rs.getString(prefix + "name"), rs.getString(prefix + "country"),
                rs.getString(prefix + "sector"), rs.getString(prefix + "actor_id"));
    }

    static Place place(ResultSet rs) throws SQLException {
        String name = rs.getString("place_name");
        String country = rs.getString("place_country");
        if (name == null && country == null) return null;
        return new Place(name, country, rs.getString("place_kind"), Sql.dbl(rs, "lat"), Sql.dbl(rs, "lon"));
    }

    /** An {@code events} row joined with {@code first_url} and {@code lead} (see {@link EventReader}). */
    static EventRow event(ResultSet rs) throws SQLException {
        return event(rs, rs.getString("first_url"), rs.getBoolean("lead"));
    }

    /** An {@code events} row with its first URL and lead flag read apart (see {@link EventPage}). */
    static EventRow event(ResultSet rs, String firstUrl, boolean lead) throws SQLException {
        return new EventRow(rs.getString("event_id"), rs.getLong("event_no"), rs.getString("plover"),
                rs.getString("mode"), rs.getString("cameo"), Sql.integer(rs, "quad_class"), Sql.dbl(rs, "goldstein"),
                actor(rs, "source_"), actor(rs, "target_"), rs.getBoolean("is_symmetric"), rs.getString("date"),
                rs.getString("date_precision"), Sql.date(rs, "day"), place(rs), rs.getString("factuality"),
                rs.getInt("num_mentions"), rs.getInt("num_articles"), rs.getInt("num_sources"),
                Sql.strings(rs, "outlets"), Sql.strings(rs, "sources"), Sql.timestamp(rs, "first_reported"),
                Sql.timestamp(rs, "last_reported"), Sql.timestamp(rs, "added_at"), rs.getString("evidence"),
                firstUrl, lead);
    }

    /** A {@code mentions} row joined with its article's url, outlet, published and duplicate_of. */
    static EventMention mention(ResultSet rs) throws SQLException {
        return new EventMention(rs.getString("mention_id"), rs.getString("event_id"), rs.getString("article_id"),
                rs.getString("local_id"), rs.getString("url"), rs.getString("outlet"), Sql.date(rs, "published"),
                rs.getString("duplicate_of"), Sql.integer(rs, "start_offset"), Sql.integer(rs, "end_offset"),
                rs.getString("evidence"), rs.getString("trigger"), rs.getString("factuality"), rs.getString("date"),
                Sql.strings(rs, "attributed_to"), rs.getString("source_name"), rs.getString("target_name"));
    }
}
