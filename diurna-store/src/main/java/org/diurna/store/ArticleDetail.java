package org.diurna.store;

import java.util.List;
import org.diurna.model.Place;

/**
 * A stored article with what its reading found, offsets being UTF-16 indexes into {@code article.text()}.
 *
 * @param duplicates the near-duplicates of this article, and the article it copies when it is one
 */
public record ArticleDetail(ArticleRow article, List<Entity> entities, List<Told> events, List<QuoteRow> quotes,
                            List<FigureRow> figures, List<Duplicate> duplicates) {
    public ArticleDetail {
        entities = List.copyOf(entities);
        events = List.copyOf(events);
        quotes = List.copyOf(quotes);
        figures = List.copyOf(figures);
        duplicates = List.copyOf(duplicates);
    }

    /** A coded actor of an entity or a quote's speaker; role may be null. */
    public record ActorRef(String name, String country, String sector, String role) {}

    /** A named entity; actor and place are null when unresolved. */
    public record Entity(int start, int end, String text, String type, ActorRef actor, Place place) {}

    /** One of the article's event mentions. */
    public record Told(String eventId, String localId, Integer start, Integer end, String evidence, String plover,
                       String sourceName, String targetName) {}

    /** A quote; the speaker is null when unknown. */
    public record QuoteRow(int start, int end, String text, ActorRef speaker) {}

    /** A figure ("more than 300,000 deaths"). */
    public record FigureRow(Integer start, Integer end, String text, double value, String qualifier, String unit) {}

    /** A near-duplicate relation. */
    public record Duplicate(String articleId, String outlet, String url, Double similarity) {}
}
