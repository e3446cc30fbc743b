package org.bri.data.seed;

import jakarta.enterprise.context.ApplicationScoped;

import org.bri.data.common.DataVersion;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once the seed data is validated and loaded; the datasource check covers the database. */
@Readiness
@ApplicationScoped
class DataLoadedCheck implements HealthCheck {

    private final DataVersion version;

    DataLoadedCheck(DataVersion version) {
        this.version = version;
    }

    @Override
    public HealthCheckResponse call() {
        String checksum = version.checksum();
        return HealthCheckResponse.named("seed-data").status(!checksum.isEmpty())
                .withData("checksum", checksum.isEmpty() ? "none" : checksum.substring(0, 12)).build();
    }
}
