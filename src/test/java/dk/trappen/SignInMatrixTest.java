package dk.trappen;

import dk.trappen.testsupport.ApiClient;
import dk.trappen.testsupport.OidcProvider;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The authorization matrix, unchanged, with the sign-in of the {@code sso} profile (issue 23): every
 * user calls with a token the OpenID Connect provider signed, their groups mapped from the
 * directory's group names (application-directory-test.yml), and the school's system with a
 * client-credentials token holding its scopes. HTTP Basic is off; every cell must come out the same.
 */
@ActiveProfiles({"sso", "directory-test"})
@ContextConfiguration(initializers = OidcProvider.class)
class SignInMatrixTest extends AuthorizationMatrixTest {

    @Override
    ApiClient client() {
        return new ApiClient(port, OidcProvider::bearerFor);
    }
}
