package org.dateline.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.dateline.corpus.Corpus;
import org.dateline.export.JsonlExporter;
import org.dateline.pipeline.LinkedOutput;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The output contract's records as Parquet: one Parquet folder per contract file ({@code articles}, {@code quotes},
 * ...) under a folder or Hadoop URI, each holding the same records as the JSON Lines file of that name, written by
 * the same writer ({@link JsonlExporter}) and read by Spark's JSON reader, which infers the columns. A file with no
 * record (a run without events) gets no Parquet folder. Written in {@link #complete}; nothing before.
 */
final class ParquetOutput extends LinkedOutput {
    private static final List<String> FILES = List.of(JsonlExporter.ARTICLES, JsonlExporter.ACTORS,
            JsonlExporter.QUOTES, JsonlExporter.TIMES, JsonlExporter.EVENTS, JsonlExporter.STORIES,
            JsonlExporter.MENTIONS, JsonlExporter.THREADS);

    private final SparkSession spark;

    ParquetOutput(SparkSession spark, String location) {
        super(location);
        this.spark = spark;
    }

    @Override
    public void complete(Corpus.Linked linked) throws IOException {
        Path staging = Files.createTempDirectory("dateline-parquet");
        try (JsonlExporter exporter = JsonlExporter.open(staging)) {
            exporter.finish(linked);
            for (String file : FILES) {
                List<String> lines = Files.readAllLines(staging.resolve(file), StandardCharsets.UTF_8);
                if (!lines.isEmpty()) {
                    Dataset<String> json = spark.createDataset(lines, Encoders.STRING());
                    spark.read().json(json).write().mode(SaveMode.Overwrite)
                            .parquet(location() + "/" + file.substring(0, file.indexOf('.')));
                }
            }
        } catch (RuntimeException e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            org.apache.hadoop.fs.FileUtil.fullyDelete(staging.toFile());
        }
    }
}
