package org.mockinterview.resume;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.mockinterview.resume.fixtures.HostilePdfs;
import org.mockinterview.resume.fixtures.ResumePdfBuilder;
import org.mockinterview.support.TestTokens;

import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * Resume upload over HTTP: the happy path, dedupe, listing, deletion, and every hostile file answered with its
 * status and problem type while nothing is stored.
 */
@QuarkusTest
class ResumeUploadTest {

    private static final String P = "https://mockinterview.org/problems/";

    @Inject
    ResumeRepository resumes;

    static byte[] resumePdf() {
        return ResumePdfBuilder.sample();
    }

    @Test
    void uploadParsesDedupesListsAndDeletes() {
        String user = "upload-" + UUID.randomUUID();
        byte[] pdf = resumePdf();
        int id = given().header("Authorization", TestTokens.bearer(user))
                .multiPart("file", "jordan.pdf", pdf, "application/pdf")
                .when().post("/api/v1/resumes")
                .then().statusCode(201).header("Location", notNullValue())
                .body("fileName", equalTo("jordan.pdf"))
                .body("pageCount", equalTo(1)).body("textExtractable", equalTo(true))
                .body("sha256", notNullValue())
                .body("profile.name", equalTo("Jordan Lee"))
                .body("profile.email", equalTo("jordan.lee@example.org"))
                .body("profile.experience[0].organization", equalTo("Acme Bank"))
                .body("profile.experience[0].technologies", hasItem("XGBoost"))
                .body("profile.projects.name", hasItem("Churn Prediction"))
                .extract().path("id");
        given().header("Authorization", TestTokens.bearer(user))
                .multiPart("file", "again.pdf", pdf, "application/pdf")
                .when().post("/api/v1/resumes").then().statusCode(200).body("id", equalTo(id));
        given().header("Authorization", TestTokens.bearer(user)).when().get("/api/v1/resumes")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id));
        given().header("Authorization", TestTokens.bearer(user)).when().delete("/api/v1/resumes/" + id)
                .then().statusCode(204);
        given().header("Authorization", TestTokens.bearer(user)).when().get("/api/v1/resumes/" + id)
                .then().statusCode(404);
        assertThat(resumes.count("id", (long) id)).isZero();
    }

    @Test
    void missingOrMisnamedPartIs400() {
        given().header("Authorization", TestTokens.bearer("upload-x"))
                .multiPart("document", "r.pdf", resumePdf(), "application/pdf")
                .when().post("/api/v1/resumes").then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo(P + "missing-file"));
    }

    @Test
    void tooLargeIs413WithoutReadingIt() throws Exception {
        // a browser's FormData upload declares its length, which is refused before the body is read
        byte[] big = new byte[6 * 1024 * 1024];
        System.arraycopy("%PDF-1.7\n".getBytes(), 0, big, 0, 9);
        String boundary = "b" + UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes());
        body.write(big);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes());
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(io.restassured.RestAssured.baseURI + ":"
                                + io.restassured.RestAssured.port + "/api/v1/resumes"))
                        .header("Authorization", TestTokens.bearer("upload-x"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains(P + "file-too-large");
    }

    static Stream<Arguments> hostileFiles() {
        return Stream.of(
                hostile("png magic", HostilePdfs::pngMagic, 415, "not-a-pdf"),
                hostile("zip magic", HostilePdfs::zipMagic, 415, "not-a-pdf"),
                hostile("text renamed .pdf", HostilePdfs::textRenamedPdf, 415, "not-a-pdf"),
                hostile("header after 1 KiB of junk", HostilePdfs::headerTooLate, 415, "not-a-pdf"),
                hostile("empty file", HostilePdfs::empty, 400, "empty-file"),
                hostile("truncated", HostilePdfs::truncated, 422, "malformed-pdf"),
                hostile("garbage after header", HostilePdfs::garbageAfterHeader, 422, "malformed-pdf"),
                hostile("password protected", HostilePdfs::encrypted, 422, "encrypted-pdf"),
                hostile("image only", HostilePdfs::imageOnly, 422, "no-text-layer"),
                hostile("blank pages", HostilePdfs::blankPages, 422, "no-text-layer"),
                hostile("50 pages", () -> HostilePdfs.manyPages(50), 422, "too-many-pages"),
                hostile("decompression bomb", HostilePdfs::decompressionBomb, 422, "malformed-pdf"),
                hostile("deeply nested arrays", HostilePdfs::deeplyNestedArrays, 422, "malformed-pdf"),
                hostile("deeply nested dictionaries", HostilePdfs::deeplyNestedDictionaries, 422, "malformed-pdf"),
                hostile("huge page tree", HostilePdfs::hugePageTree, 422, "too-many-pages"),
                hostile("cyclic page tree", HostilePdfs::cyclicPageTree, 422, "malformed-pdf"),
                hostile("invalid object stream", HostilePdfs::invalidObjectStream, 422, "malformed-pdf"),
                hostile("text flood", HostilePdfs::textFlood, 422, "malformed-pdf"));
    }

    private static Arguments hostile(String name, Supplier<byte[]> file, int status, String type) {
        return Arguments.of(name, file, status, type);
    }

    @ParameterizedTest(name = "{0} -> {2} {3}")
    @MethodSource("hostileFiles")
    void hostileFileIsRefusedAndNothingIsStored(String name, Supplier<byte[]> file, int status, String type) {
        long before = resumes.count();
        given().header("Authorization", TestTokens.bearer("hostile"))
                .multiPart("file", "hostile.pdf", file.get(), "application/pdf")
                .when().post("/api/v1/resumes")
                .then().statusCode(status).contentType(startsWith("application/problem+json"))
                .body("type", equalTo(P + type)).body("detail", notNullValue());
        assertThat(resumes.count()).isEqualTo(before);
    }

    @Test
    void noTextLayerDetailTellsTheUserWhatToDo() {
        given().header("Authorization", TestTokens.bearer("hostile"))
                .multiPart("file", "scan.pdf", HostilePdfs.imageOnly(), "application/pdf")
                .when().post("/api/v1/resumes").then().statusCode(422)
                .body("detail", org.hamcrest.Matchers.containsString("paste"));
    }
}
