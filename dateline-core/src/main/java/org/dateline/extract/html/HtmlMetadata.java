package org.dateline.extract.html;

import java.util.List;

/**
 * What an HTML page says about its article, each field from the most trusted source that has it:
 * JSON-LD ({@code NewsArticle} and kin), then OpenGraph, then other {@code <meta>} tags, then
 * {@code <time datetime>} and microdata, then the visible page. Unknown fields are null.
 *
 * @param title         the headline
 * @param dates         dates read from markup ({@code jsonld}, {@code meta}, {@code time}), most trusted source first
 * @param printedDate   visible text that may print the date (bylines, date lines, the lines after the headline;
 *                      one per line, in page order, "Posted March 5, 2021"), left for the caller to read; or null
 * @param authors       author names, never URLs
 * @param outlet        the site's name ({@code og:site_name}, JSON-LD publisher)
 * @param url           canonical URL ({@code link rel=canonical}, {@code og:url}, JSON-LD)
 * @param articleBody   the JSON-LD {@code articleBody}, or null
 */
public record HtmlMetadata(String title, List<DateCandidate> dates, String printedDate, List<String> authors, String outlet,
                           String url, String articleBody) {
    public HtmlMetadata {
        dates = List.copyOf(dates);
        authors = List.copyOf(authors);
    }
}
