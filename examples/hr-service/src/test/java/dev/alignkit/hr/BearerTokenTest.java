package dev.alignkit.hr;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.alignkit.jackson.AlignkitJson;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/**
 * The production sign-in: OAuth2 bearer tokens (JWT). The tests mint tokens with the test key
 * whose public half the service is given ({@code jwt/public.pem}); the subject is the viewer.
 */
@HrServiceTest
class BearerTokenTest {
  private static final String ADVICE = "/organizations/northwind/people/ana/advice";

  @LocalServerPort
  int port;

  @Test
  void aTokensSubjectIsTheViewer() throws Exception {
    HttpResponse<String> byToken = Client.bearer(port, token(testKey(), "ana", "", Duration.ofMinutes(5))).get(ADVICE);

    assertThat(byToken.statusCode()).isEqualTo(200);
    assertThat(byToken.body()).isEqualTo(Client.basic(port, "ana").get(ADVICE).body());
    assertThat(Client.bearer(port, token(testKey(), "ben", "", Duration.ofMinutes(5))).get(ADVICE).statusCode())
        .isEqualTo(404);
  }

  @Test
  void aTokenSignedWithAnotherKeyOrExpiredIsRefused() throws Exception {
    PrivateKey other = KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate();

    assertThat(Client.bearer(port, token(other, "ana", "", Duration.ofMinutes(5))).get(ADVICE).statusCode())
        .isEqualTo(401);
    assertThat(Client.bearer(port, token(testKey(), "ana", "", Duration.ofMinutes(-5))).get(ADVICE).statusCode())
        .isEqualTo(401);
  }

  @Test
  void theImportScopeGrantsTheImport() throws Exception {
    String document = AlignkitJson.toJson(HrServiceEndpointsTest.sample());

    HttpResponse<String> withScope = Client.bearer(port, token(testKey(), "hana", "alignkit.import",
        Duration.ofMinutes(5))).put("/organizations/by-token", "application/json", document);
    HttpResponse<String> without = Client.bearer(port, token(testKey(), "hana", "", Duration.ofMinutes(5)))
        .put("/organizations/by-token-2", "application/json", document);

    assertThat(withScope.statusCode()).isEqualTo(200);
    assertThat(without.statusCode()).isEqualTo(403);
  }

  /** A token for {@code subject} with {@code scope} that expires {@code valid} from now, signed with {@code key}. */
  private static String token(PrivateKey key, String subject, String scope, Duration valid) throws JOSEException {
    Instant now = Instant.now();
    JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(subject)
        .issueTime(Date.from(now.minus(Duration.ofMinutes(10)))).expirationTime(Date.from(now.plus(valid)));
    if (!scope.isEmpty()) {
      claims.claim("scope", scope);
    }
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  /** The private half of the test key, {@code jwt/private.pem} (PKCS #8). */
  private static PrivateKey testKey() throws IOException, GeneralSecurityException {
    try (InputStream in = new ClassPathResource("jwt/private.pem").getInputStream()) {
      String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
          .replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "").replaceAll("\\s", "");
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }
  }
}
