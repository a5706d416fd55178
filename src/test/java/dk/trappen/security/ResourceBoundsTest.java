package dk.trappen.security;

import static dk.trappen.testsupport.ApiClient.assertProblem;
import static dk.trappen.testsupport.ApiClient.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import dk.trappen.insight.Dashboard;
import dk.trappen.testsupport.ApiClient;
import dk.trappen.testsupport.ApiClient.Reply;
import dk.trappen.testsupport.TrappenTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 19, point 1: no single request may exhaust the service. The dashboard's period is bounded
 * (from 2000, at most five years, ending at most a year ahead) and the engine's REST API refuses a
 * list larger than {@code queryMaxResultsLimit}; each refusal is a 400 naming the parameter. The
 * widest allowed period answers quickly.
 */
@TrappenTest
class ResourceBoundsTest {

    @LocalServerPort
    int port;

    @Test
    void theDashboardRefusesAPeriodItCannotAnswerQuicklyNamingTheParameter() throws Exception {
        ApiClient http = new ApiClient(port);
        // The black-box test's requests: 8.5 minutes and an OutOfMemoryError, and 63 MB in 2 s.
        for (String query : new String[] {"from=-999999999-01-01", "from=-99999-01-01", "from=1999-12-31"}) {
            Reply reply = http.get("manager", "/api/dashboard?" + query);
            assertProblem(reply, 400);
            assertThat(errorFields(reply)).as(query).containsExactly("from");
        }
        Reply leader = http.get("lnord", "/api/dashboard?from=-99999-01-01");
        assertProblem(leader, 400);
        Reply farFuture = http.get("manager", "/api/dashboard?to=+999999999-12-31");
        assertProblem(farFuture, 400);
        assertThat(errorFields(farFuture)).containsExactly("to");
        LocalDate today = LocalDate.now();
        Reply tooLong = http.get("manager", "/api/dashboard?from=" + today.minusYears(Dashboard.MAX_YEARS) + "&to=" + today);
        assertProblem(tooLong, 400);
        assertThat(errorFields(tooLong)).containsExactly("from");
        assertThat(http.get("manager", "/api/dashboard/export.csv?from=-999999999-01-01").status()).isEqualTo(400);
        assertProblem(http.get("manager", "/api/dashboard/evaluation?quarter=0001-Q1"), 400);
        assertThat(http.get("manager", "/api/dashboard/evaluation?quarter=9999-Q4").status()).isEqualTo(400);
        // The page answers the same in Danish.
        Reply page = http.page(http.webappLogin("manager", "cockpit").cookies(), "/dashboard?from=-999999999-01-01");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("from");
    }

    /**
     * The widest period the API accepts is answered, and its answer stays small. How fast it is, is
     * measured where speed is measured (docs/benchmarks.md, "The dashboard's widest period"), not
     * timed here, where a busy machine would make the test flaky.
     */
    @Test
    void theWidestAllowedPeriodIsAnsweredWithABoundedBody() {
        ApiClient http = new ApiClient(port);
        LocalDate today = LocalDate.now();
        String widest = "/api/dashboard?from=" + today.minusYears(Dashboard.MAX_YEARS).plusDays(1) + "&to=" + today;
        Reply reply = http.get("manager", widest);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().length()).as("bytes").isLessThan(200_000);
        String wider = "/api/dashboard?from=" + today.minusYears(Dashboard.MAX_YEARS).minusDays(1) + "&to=" + today;
        assertThat(http.get("manager", wider).status()).as("a day more than the widest period").isEqualTo(400);
    }

    @Test
    void theEngineRestApiRefusesAListLargerThanTheLimitNamingMaxResults() throws Exception {
        ApiClient http = new ApiClient(port);
        Reply unbounded = http.get("manager", "/engine-rest/history/activity-instance");
        assertThat(unbounded.status()).as(unbounded.body()).isEqualTo(400);
        assertThat(unbounded.json().path("errors").get(0).path("field").asText()).isEqualTo("maxResults");
        Reply tooLarge = http.get("manager", "/engine-rest/history/activity-instance?firstResult=0&maxResults=1000000");
        assertThat(tooLarge.status()).as(tooLarge.body()).isEqualTo(400);
        assertThat(tooLarge.json().path("errors").get(0).path("field").asText()).isEqualTo("maxResults");
        assertThat(tooLarge.json().path("message").asText()).contains("2000");
        // A page within the limit is answered, as Tasklist and Cockpit ask.
        assertThat(http.get("manager", "/engine-rest/history/activity-instance?firstResult=0&maxResults=50").status())
                .isEqualTo(200);
        assertThat(http.get("cnord1", "/engine-rest/task?firstResult=0&maxResults=15").status()).isEqualTo(200);
    }
}
