package org.bri.data.common;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Typed settings of the API: paging limits, where the seed data is read from, the shutdown drain, the browser
 * origins that may write, the response cache and the snapshot download.
 */
@ConfigMapping(prefix = "bri")
public interface ApiConfig {

    Paging paging();

    Seeds seeds();

    Shutdown shutdown();

    Cors cors();

    Cache cache();

    Snapshot snapshot();

    /** Page size limits of every list endpoint. */
    interface Paging {

        @WithDefault("20")
        int defaultSize();

        @WithDefault("100")
        int maxSize();

        /** How many records deep page numbers may start a page; a cursor reads on without a limit. */
        @WithDefault("10000")
        int maxDepth();

        /**
         * How many records a CSV or NDJSON download reads per query; memory holds one such batch, whatever the
         * length of the list.
         */
        @WithDefault("500")
        int downloadBatch();
    }

    /** Location of the seed documents and curated data. */
    interface Seeds {

        /** A filesystem directory, or {@code classpath:seeds} for the copy packaged in the application. */
        @WithDefault("classpath:seeds")
        String location();
    }

    /** Which browser pages may write: any page may read, but only these origins (and the service's own) may write. */
    interface Cors {

        /** Origins such as {@code https://curation.example.org}; none by default. */
        Optional<List<String>> writeOrigins();
    }

    /** The end of a graceful shutdown. */
    interface Shutdown {

        /** The last part of quarkus.shutdown.delay, during which new requests get a 503. */
        @WithDefault("2S")
        Duration drain();
    }

    /** The snapshot download: one read of the whole data, streamed to the client. */
    interface Snapshot {

        /**
         * The longest a download may take, its read of the data included: the read is one transaction, which ends
         * (and the download breaks off) after this, so that a stalled client cannot hold a database connection for
         * ever.
         */
        @WithDefault("30M")
        Duration timeout();

        /** How many downloads may run at once; each holds a database connection while it streams. */
        @WithDefault("4")
        int concurrent();
    }

    /** The cache of serialized read answers. */
    interface Cache {

        /** Whether answers are kept at all; off, every read runs its queries (to measure the uncached path). */
        @WithDefault("true")
        boolean enabled();

        /** The most memory the kept answers may take, gzip copies included. */
        @WithDefault("64M")
        MemorySize maxSize();

        /** How often the data version is read again, which bounds how long a write on another replica goes unseen. */
        @WithDefault("500ms")
        Duration versionCheck();
    }
}
