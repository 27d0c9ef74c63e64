package dev.onsite.catalog.search;

import java.util.List;

/**
 * One searchable thing before it becomes a Lucene document.
 *
 * @param type what it is
 * @param id the id to report (company, loop, insight or practice item id)
 * @param title indexed and boosted most
 * @param display what a hit shows as its title
 * @param tags short keywords, boosted less than the title
 * @param body the text
 * @param companyIds every company it is about, for filtering
 * @param round the round it is about, or null
 * @param rounds every round id it touches, for filtering
 * @param source URL or problem path
 * @param selfKeys name keys of the company this document is (only on company documents)
 * @param aboutKeys name keys of every company it is about
 */
record Doc(
    HitType type,
    String id,
    String title,
    String display,
    List<String> tags,
    String body,
    List<String> companyIds,
    String round,
    List<String> rounds,
    String source,
    List<String> selfKeys,
    List<String> aboutKeys) {}
