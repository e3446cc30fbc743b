package org.bri.data.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed settings of the API: paging limits and where the seed data is read from. */
@ConfigMapping(prefix = "bri")
public interface ApiConfig {

    Paging paging();

    Seeds seeds();

    /** Page size limits of every list endpoint. */
    interface Paging {

        @WithDefault("20")
        int defaultSize();

        @WithDefault("100")
        int maxSize();
    }

    /** Location of the seed documents and curated data. */
    interface Seeds {

        /** A filesystem directory, or {@code classpath:seeds} for the copy packaged in the application. */
        @WithDefault("classpath:seeds")
        String location();
    }
}
