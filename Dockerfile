# syntax=docker/dockerfile:1
#
# Trappen: Spring Boot 3.5 + Camunda 7.24 as one executable jar.
#   docker build -t trappen .        (or: docker compose up --build, see docker-compose.yml)
# Tests and the BPMN lint are not run here; they run in CI via .ci/run (./mvnw -B verify).

############################ build ############################
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build

COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY src/ src/
COPY bpmn/ bpmn/
COPY forms/ forms/
# The BuildKit cache mount keeps ~/.m2 (Maven itself, via the wrapper, and all dependencies)
# between builds. -Dbpmnlint.skip=true: this image has no Node; the lint runs in CI.
RUN --mount=type=cache,target=/root/.m2 \
    chmod +x mvnw \
 && ./mvnw -B -DskipTests -Dbpmnlint.skip=true package \
 && set -- target/trappen-*.jar \
 && if [ "$#" -ne 1 ] || [ ! -f "$1" ]; then echo "expected exactly one target/trappen-*.jar, got: $*" >&2; exit 1; fi \
 && cp "$1" /build/trappen.jar

############################ runtime ############################
FROM eclipse-temurin:17-jre

# Fixed numeric ids, so Kubernetes' runAsNonRoot can verify the user.
RUN groupadd --system --gid 10001 trappen \
 && useradd --system --uid 10001 --gid trappen --home-dir /app --no-create-home --shell /usr/sbin/nologin trappen \
 && mkdir -p /app/data \
 && chown -R trappen:trappen /app

WORKDIR /app
COPY --from=build --chown=trappen:trappen /build/trappen.jar /app/trappen.jar

# /app/data only matters without the postgres profile (embedded H2 file at ./data/trappen).
USER 10001:10001
EXPOSE 8080
# A node that ran out of memory is in an unknown state (the OutOfMemoryError of issue 19 closed the
# embedded database): end it, so the orchestrator starts a fresh one.
ENTRYPOINT ["java","-XX:MaxRAMPercentage=75","-XX:+ExitOnOutOfMemoryError","-jar","/app/trappen.jar"]
