package org.diurna.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.diurna.export.EventLines;
import org.diurna.search.SearchIndex;
import org.diurna.store.DyadCount;
import org.diurna.store.EventListing;
import org.diurna.store.EventMention;
import org.diurna.store.EventRow;
import org.diurna.store.EventSelection;
import org.diurna.store.EventStore;
import org.diurna.store.TimelineCount;

/** GET /api/events, /api/events/{id}, /api/timeline, /api/network. */
final class EventRoutes {
    private final EventStore store;
    private final SearchIndex index;

    EventRoutes(EventStore store, SearchIndex index) {
        this.store = store;
        this.index = index;
    }

    void register(Javalin app) {
        app.get("/api/events", this::list);
        app.get("/api/events/{id}", this::one);
        app.get("/api/timeline", this::timeline);
        app.get("/api/network", this::network);
    }

    private void list(Context ctx) {
        Params p = Params.of(ctx, Params.FILTERS, "sort", "limit", "cursor", "format");
        EventSelection.Sort sort = EventSelection.Sort.parse(p.choice("sort", "mentions", "mentions", "date",
                "-date"));
        int limit = p.integer("limit", 1, 500, 50);
        String format = p.choice("format", "json", "json", "csv", "jsonl");
        String cursor = decodeCursor(p.string("cursor"), sort);
        EventSelection s = Filters.selection(p, index).sort(sort);
        EventListing listing = store.listing(s.after(cursor).limit(limit + 1));
        long total = listing.total();
        List<EventRow> rows = listing.events();
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            next = encodeCursor(s.cursor(rows.get(limit - 1)));
        }
        ctx.header("X-Total-Count", Long.toString(total));
        if (next != null) ctx.header("X-Next-Cursor", next);
        switch (format) {
            case "csv" -> {
                StringBuilder b = new StringBuilder(EventLines.gdeltHeader()).append('\n');
                for (EventRow r : rows) b.append(EventLines.gdelt(r)).append('\n');
                ctx.header("Content-Disposition", "attachment; filename=\"events.csv\"");
                ctx.contentType("text/csv; charset=utf-8").result(b.toString());
            }
            case "jsonl" -> {
                Map<String, List<EventMention>> mentions = store.mentions(rows.stream().map(EventRow::eventId)
                        .toList());
                StringBuilder b = new StringBuilder();
                for (EventRow r : rows) {
                    b.append(EventLines.json(r, mentions.getOrDefault(r.eventId(), List.of()))).append('\n');
                }
                ctx.header("Content-Disposition", "attachment; filename=\"events.jsonl\"");
                ctx.contentType("application/x-ndjson; charset=utf-8").result(b.toString());
            }
            default -> {
                ObjectNode o = Json.object();
                ArrayNode events = o.putArray("events");
                rows.forEach(r -> events.add(Json.event(r)));
                o.put("total", total);
                o.put("next_cursor", next);
                Json.send(ctx, 200, o);
            }
        }
    }

    private void one(Context ctx) {
        Params.of(ctx);
        String id = ctx.pathParam("id");
        var detail = store.event(id).orElseThrow(() -> ApiException.notFound("no event with id '" + id + "'"));
        ObjectNode o = Json.object();
        o.set("event", Json.event(detail.event()));
        ArrayNode ms = o.putArray("mentions");
        detail.mentions().forEach(m -> ms.add(Json.mention(m)));
        Json.send(ctx, 200, o);
    }

    private void timeline(Context ctx) {
        Params p = Params.of(ctx, Params.FILTERS, "interval");
        boolean weekly = p.choice("interval", "day", "day", "week").equals("week");
        List<TimelineCount> counts = store.timeline(Filters.selection(p, index), weekly);
        Map<String, ArrayNode> series = new TreeMap<>();
        for (TimelineCount c : counts) {
            ArrayNode point = Json.array().add(c.period().toString()).add(c.events());
            series.computeIfAbsent(c.plover(), k -> Json.array()).add(point);
        }
        ObjectNode o = Json.object();
        o.put("interval", weekly ? "week" : "day");
        ArrayNode out = o.putArray("series");
        series.forEach((type, points) -> {
            ObjectNode s = out.addObject();
            s.put("type", type);
            s.set("points", points);
        });
        Json.send(ctx, 200, o);
    }

    private void network(Context ctx) {
        Params p = Params.of(ctx, Params.FILTERS, "limit");
        int limit = p.integer("limit", 1, 1000, 100);
        List<DyadCount> dyads = store.dyads(Filters.selection(p, index));
        Map<String, ObjectNode> edges = new LinkedHashMap<>();
        Map<String, Long> edgeTotals = new LinkedHashMap<>();
        for (DyadCount d : dyads) {
            String key = d.source() + "\u0000" + d.target();
            ObjectNode e = edges.computeIfAbsent(key, k -> {
                ObjectNode n = Json.object();
                n.put("source", d.source());
                n.put("target", d.target());
                n.putObject("types");
                return n;
            });
            ((ObjectNode) e.get("types")).put(d.plover(), d.events());
            edgeTotals.merge(key, d.events(), Long::sum);
        }
        List<String> kept = edgeTotals.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(Map.Entry::getKey).toList();
        Map<String, Long> nodes = new TreeMap<>();
        ObjectNode o = Json.object();
        ArrayNode nodeArray = o.putArray("nodes");
        ArrayNode edgeArray = o.putArray("edges");
        for (String key : kept) {
            ObjectNode e = edges.get(key);
            long n = edgeTotals.get(key);
            e.put("events", n);
            edgeArray.add(reorder(e));
            String s = e.get("source").asText();
            String t = e.get("target").asText();
            nodes.merge(s, n, Long::sum);
            if (!t.equals(s)) nodes.merge(t, n, Long::sum);
        }
        nodes.forEach((id, n) -> {
            ObjectNode node = nodeArray.addObject();
            node.put("id", id);
            String[] parts = id.split(" ", 2);
            node.put("country", parts[0]);
            node.put("sector", parts.length > 1 ? parts[1] : null);
            node.put("events", n);
        });
        Json.send(ctx, 200, o);
    }

    private static ObjectNode reorder(ObjectNode e) {
        ObjectNode o = Json.object();
        o.set("source", e.get("source"));
        o.set("target", e.get("target"));
        o.set("events", e.get("events"));
        o.set("types", e.get("types"));
        return o;
    }

    static String encodeCursor(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The store's cursor from the opaque one the API hands out; a 400 on "cursor" when it is not one. */
    static String decodeCursor(String opaque, EventSelection.Sort sort) {
        if (opaque == null) return null;
        try {
            String raw = new String(Base64.getUrlDecoder().decode(opaque), StandardCharsets.UTF_8);
            EventSelection.checkCursor(raw, sort);
            return raw;
        } catch (IllegalArgumentException e) {
            throw ApiException.badParam("cursor", "not a cursor of this listing (sort=" + sort.name()
                    .toLowerCase(java.util.Locale.ROOT).replace("date_desc", "-date") + ")");
        }
    }
}
