package org.dateline.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.UncheckedIOException;

/**
 * Dateline's model records ({@link org.dateline.model.Article}, {@link org.dateline.model.AnalyzedArticle}) as one
 * line of JSON and back, with nothing lost: what {@link ResumeJournal} keeps of a run, and how a distributed run
 * hands records from one machine to another. Not the output contract (that is {@link org.dateline.export}).
 * Properties a record does not have are ignored on reading, so a line written by another version reads as far as it
 * can.
 */
public final class RecordJson {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private RecordJson() {
    }

    /** {@code record} as one line of JSON. */
    public static String write(Object record) {
        try {
            return JSON.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The record of type {@code type} that {@code line} holds. */
    public static <T> T read(String line, Class<T> type) throws JsonProcessingException {
        return JSON.readValue(line, type);
    }
}
