package org.mockinterview.embedding;

import ai.onnxruntime.OrtEnvironment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * ONNX Runtime's native libraries, copied once beside the model so that a start loads them from there: left to
 * itself, ONNX Runtime unpacks 16 MB from its jar into a new temporary directory at every start.
 */
final class OnnxNatives {

    /** ONNX Runtime loads its libraries from this directory when the property is set. */
    static final String PATH_PROPERTY = "onnxruntime.native.path";

    private OnnxNatives() {
    }

    /**
     * Sets {@link #PATH_PROPERTY} to copies in {@code cacheDir}, made now if missing. Does nothing when the property
     * is set already or the jar has no libraries for this platform: ONNX Runtime then finds its own.
     */
    static void useCopiesIn(Path cacheDir) throws IOException {
        String platform = platform();
        if (System.getProperty(PATH_PROPERTY) != null || platform == null) {
            return;
        }
        try (ZipFile jar = MiniLm.jarOf(OrtEnvironment.class)) {
            List<ZipEntry> entries = new ArrayList<>();
            for (String library : List.of("onnxruntime", "onnxruntime4j_jni")) {
                ZipEntry e = jar.getEntry("ai/onnxruntime/native/" + platform + "/" + System.mapLibraryName(library));
                if (e == null) {
                    return;
                }
                entries.add(e);
            }
            // named after the main library's CRC: another ONNX Runtime version gets a directory of its own
            Path dir = cacheDir.resolve("onnxruntime-" + platform + "-" + Long.toHexString(entries.get(0).getCrc()));
            for (ZipEntry e : entries) {
                MiniLm.copyOnce(jar, e, dir.resolve(e.getName().substring(e.getName().lastIndexOf('/') + 1)));
            }
            System.setProperty(PATH_PROPERTY, dir.toAbsolutePath().toString());
        }
    }

    /** The jar's name for this platform, as ONNX Runtime spells it, or null for one it does not ship. */
    static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String o = os.startsWith("linux") ? "linux" : os.startsWith("mac") ? "osx" : os.startsWith("windows") ? "win"
                : null;
        String a = arch.equals("amd64") || arch.equals("x86_64") ? "x64"
                : arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : null;
        return o == null || a == null ? null : o + "-" + a;
    }
}
