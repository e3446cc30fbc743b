# Multi-stage build. DB picks the database the image runs on: h2 (embedded, the default, for
# trying the service) or postgres (production; configure BRI_DB_URL, BRI_DB_USER, BRI_DB_PASSWORD).
#   docker build -t bri-data-service .
#   docker build --build-arg DB=postgres -t bri-data-service:postgres .
ARG DB=h2

FROM eclipse-temurin:17-jdk AS build
ARG DB
WORKDIR /build
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY etc/ etc/
COPY openapi.yaml ./
COPY seeds/ seeds/
COPY src/ src/
RUN if [ "$DB" = "postgres" ]; then PROFILE="-Dquarkus.profile=postgres"; else PROFILE=""; fi \
    && ./mvnw -B -ntp package -DskipTests $PROFILE

FROM eclipse-temurin:17-jre
ARG DB
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 1001 --user-group --home-dir /app bri
WORKDIR /app
# In layers from the least to the most often changed, as Quarkus' own Dockerfile.jvm does, so that
# a code change rebuilds only the small app/ layer. Owned by root: the service writes nothing here.
COPY --from=build /build/target/quarkus-app/lib/ /app/lib/
COPY --from=build /build/target/quarkus-app/*.jar /app/
COPY --from=build /build/target/quarkus-app/app/ /app/app/
COPY --from=build /build/target/quarkus-app/quarkus/ /app/quarkus/
# The H2 variant keeps its database here: a volume, writable by the service's user only.
RUN mkdir -p /app/data && chown 1001:1001 /app/data
ENV BRI_DATA_DIR=/app/data
VOLUME /app/data
USER 1001:1001
# 8080 serves the API, Swagger UI and the contract; 9000 (management) health and metrics, for
# probes and Prometheus only: do not publish it.
EXPOSE 8080 9000
# The postgres image starts in the postgres profile; the h2 profile has no settings of its own.
ENV QUARKUS_PROFILE=${DB}
# Heap at most 40% of the container's memory: under load the process's RSS reached 1.9 times its
# heap (484 MiB with 256 MiB of heap), so a 640 MiB limit keeps 24% headroom (README, "Deploying").
ENV JAVA_OPTS_APPEND="-XX:MaxRAMPercentage=40 -Dquarkus.http.host=0.0.0.0"
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
    CMD curl -fsS http://localhost:9000/q/health/ready || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS_APPEND -jar /app/quarkus-run.jar"]
