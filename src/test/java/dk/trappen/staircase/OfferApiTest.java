package dk.trappen.staircase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import dk.trappen.testsupport.TrappenTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code /api/offers}: staff read the catalogue, process owners and managers maintain it. */
@TrappenTest
class OfferApiTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    <T> ResponseEntity<T> call(String user, HttpMethod method, String path, Object body, Class<T> type) {
        HttpHeaders headers = new HttpHeaders();
        if (user != null) {
            headers.setBasicAuth(user, user.equals("admin") ? "admin" : "demo");
        }
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, method, new HttpEntity<>(body, headers), type);
    }

    static Map<String, Object> offer(String name, int step, int minAge, int maxAge) {
        return Map.of("name", name, "description", "Test", "measureKind", "FAMILY_TREATMENT",
                "staircaseStep", step, "minAge", minAge, "maxAge", maxAge, "standardDurationWeeks", 16);
    }

    @Test
    void aProcessOwnerAddsAnOfferThatCaseworkersFindByStepAndAge() {
        ResponseEntity<Map> created = call("owner", HttpMethod.POST, "/api/offers", offer("Testforløb Trin To", 2, 4, 12), Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Number id = (Number) created.getBody().get("id");
        assertThat(created.getHeaders().getLocation()).hasPath("/api/offers/" + id);

        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("cnord1", "demo");
        List<Map<String, Object>> forAge8 = http.exchange("/api/offers?step=2&age=8", HttpMethod.GET, new HttpEntity<>(headers),
                new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody();
        assertThat(forAge8).extracting(o -> o.get("name")).contains("Testforløb Trin To");
        assertThat(forAge8).allSatisfy(o -> assertThat(o.get("staircaseStep")).isEqualTo(2));
        List<Map<String, Object>> forAge15 = http.exchange("/api/offers?step=2&age=15", HttpMethod.GET, new HttpEntity<>(headers),
                new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody();
        assertThat(forAge15).extracting(o -> o.get("name")).doesNotContain("Testforløb Trin To");

        Map<String, Object> retired = new java.util.HashMap<>(offer("Testforløb Trin To", 2, 4, 12));
        retired.put("active", false);
        assertThat(call("manager", HttpMethod.PUT, "/api/offers/" + id, retired, Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(call("cnord1", HttpMethod.GET, "/api/offers/" + id, null, Map.class).getBody()).containsEntry("active", false);
    }

    @Test
    void onlyProcessOwnersManagersAndAdministratorsChangeTheCatalogue() {
        assertThat(call("cnord1", HttpMethod.POST, "/api/offers", offer("Ikke tilladt", 1, 0, 5), Map.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(call("skolesystem", HttpMethod.GET, "/api/offers", null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(call(null, HttpMethod.GET, "/api/offers", null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(call("cnord1", HttpMethod.GET, "/api/offers/999999", null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void badInputNamesEveryFieldAndStoresNothing() {
        long before = jdbc.queryForObject("select count(*) from offer", Long.class);
        ResponseEntity<Map> response = call("owner", HttpMethod.POST, "/api/offers",
                Map.of("name", "", "staircaseStep", 7, "minAge", 10, "maxAge", 5), Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat((List<Map<String, String>>) response.getBody().get("errors")).extracting(e -> e.get("field"))
                .contains("name", "measureKind", "staircaseStep", "maxAge");
        assertThat(jdbc.queryForObject("select count(*) from offer", Long.class)).isEqualTo(before);
    }
}
