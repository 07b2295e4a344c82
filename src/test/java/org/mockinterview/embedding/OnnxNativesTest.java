package org.mockinterview.embedding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** ONNX Runtime's native libraries are copied beside the model once and loaded from there on every later start. */
class OnnxNativesTest {

    @Test
    void copiesBothLibrariesOnceAndPointsOnnxRuntimeAtThem(@TempDir Path cache) throws IOException {
        // the property is read once per JVM, when ONNX Runtime loads: clearing it here changes nothing loaded
        String before = System.clearProperty(OnnxNatives.PATH_PROPERTY);
        try {
            OnnxNatives.useCopiesIn(cache);
            Path dir = Path.of(System.getProperty(OnnxNatives.PATH_PROPERTY));
            assertThat(dir).startsWith(cache.toAbsolutePath()).isDirectory();
            assertThat(dir.getFileName().toString()).startsWith("onnxruntime-" + OnnxNatives.platform() + "-");
            List<Path> libraries = list(dir);
            assertThat(libraries).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder(
                    System.mapLibraryName("onnxruntime"), System.mapLibraryName("onnxruntime4j_jni"));
            assertThat(libraries).allSatisfy(p -> assertThat(Files.size(p)).isGreaterThan(10_000));
            // the image runs as any uid in group 0, not only as the one that made the copies
            assertThat(libraries).allSatisfy(p -> assertThat(Files.getPosixFilePermissions(p))
                    .contains(java.nio.file.attribute.PosixFilePermission.GROUP_READ,
                            java.nio.file.attribute.PosixFilePermission.OTHERS_READ));
            FileTime copied = Files.getLastModifiedTime(libraries.get(0));

            System.clearProperty(OnnxNatives.PATH_PROPERTY);
            OnnxNatives.useCopiesIn(cache);
            assertThat(System.getProperty(OnnxNatives.PATH_PROPERTY)).isEqualTo(dir.toString());
            assertThat(Files.getLastModifiedTime(libraries.get(0))).isEqualTo(copied);
            assertThat(list(dir)).hasSize(2);
        } finally {
            if (before == null) {
                System.clearProperty(OnnxNatives.PATH_PROPERTY);
            } else {
                System.setProperty(OnnxNatives.PATH_PROPERTY, before);
            }
        }
    }

    @Test
    void anOperatorsChoiceIsKept(@TempDir Path cache) throws IOException {
        String before = System.setProperty(OnnxNatives.PATH_PROPERTY, "/opt/onnxruntime/lib");
        try {
            OnnxNatives.useCopiesIn(cache);
            assertThat(System.getProperty(OnnxNatives.PATH_PROPERTY)).isEqualTo("/opt/onnxruntime/lib");
            assertThat(list(cache)).isEmpty();
        } finally {
            if (before == null) {
                System.clearProperty(OnnxNatives.PATH_PROPERTY);
            } else {
                System.setProperty(OnnxNatives.PATH_PROPERTY, before);
            }
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
