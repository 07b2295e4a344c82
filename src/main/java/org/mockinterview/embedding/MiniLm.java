package org.mockinterview.embedding;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The all-MiniLM-L6-v2 sentence encoder (the same weights, tokenizer and mean pooling as langchain4j's
 * {@link AllMiniLmL6V2EmbeddingModel}), loaded from a file copy of the model.
 *
 * <p>langchain4j's own loader reads the 90 MB model from the jar into a growing byte array, which took ~2 s and left
 * a few hundred MB of garbage that made the heap grow for good. Here the model is copied once into a cache
 * directory, straight from the jar file, and ONNX runtime reads it natively.
 */
public final class MiniLm extends AbstractInProcessEmbeddingModel implements ModelIdentity, AutoCloseable {

    static final String MODEL = "all-minilm-l6-v2.onnx";
    static final String TOKENIZER = "all-minilm-l6-v2-tokenizer.json";
    private static final int DIMENSION = 384;

    private final OrtSession session;
    private final OnnxBertBiEncoder encoder;
    private final String id;

    private MiniLm(OrtSession session, OnnxBertBiEncoder encoder, String id) {
        super(null);
        this.session = session;
        this.encoder = encoder;
        this.id = id;
    }

    /** Copies the model into {@code cacheDir} unless an identical copy is there, then opens it. */
    public static MiniLm load(Path cacheDir) {
        try {
            String id;
            Path model;
            try (ZipFile jar = modelJar()) {
                ZipEntry entry = jar.getEntry(MODEL);
                id = idOf(entry);
                // the CRC in the name makes a new model version a new file, never a half-updated old one
                model = copyOnce(jar, entry, cacheDir.resolve(Long.toHexString(entry.getCrc()) + "-" + MODEL));
            }
            OnnxNatives.useCopiesIn(cacheDir);
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            // The service embeds one short query per plan, between HTTP requests that need the same cores:
            // idle ONNX threads must sleep rather than spin.
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            // Many requests embed at once, each a short text: one thread per call beats splitting every call
            // across cores, which only adds hand-offs when the cores are busy with other calls anyway.
            options.setIntraOpNumThreads(1);
            OrtSession session = env.createSession(model.toString(), options);
            try (InputStream tokenizer = resource(TOKENIZER)) {
                return new MiniLm(session, new OnnxBertBiEncoder(env, session, tokenizer, PoolingMode.MEAN), id);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("cannot open the embedding model: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the embedding model to " + cacheDir, e);
        }
    }

    /**
     * Identifies the model weights (size and CRC of the jar entry) without reading them, so precomputed vectors can be
     * checked against the model that would produce them.
     */
    public static String fingerprint() {
        try (ZipFile jar = modelJar()) {
            return idOf(jar.getEntry(MODEL));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String idOf(ZipEntry model) {
        return "all-minilm-l6-v2:" + model.getSize() + ":" + Long.toHexString(model.getCrc());
    }

    @Override
    public String modelId() {
        return id;
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return DIMENSION;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            // closing at shutdown: nothing left to do with a failure
        }
    }

    /** {@code target}, copied from the jar entry unless a file of its size is there already (the image has them). */
    static Path copyOnce(ZipFile jar, ZipEntry entry, Path target) throws IOException {
        if (Files.isRegularFile(target) && Files.size(target) == entry.getSize()) {
            return target;
        }
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // write aside and move into place, so a concurrent or killed start never sees a partial file
        Path partial = Files.createTempFile(dir, target.getFileName().toString(), ".partial");
        try (InputStream in = jar.getInputStream(entry)) {
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            if (partial.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                // readable by any user whatever the umask: the image may run as any uid in group 0
                Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
        return target;
    }

    private static ZipFile modelJar() throws IOException {
        return jarOf(AllMiniLmL6V2EmbeddingModel.class);
    }

    /** The jar a class was loaded from, opened to read its entries. */
    static ZipFile jarOf(Class<?> type) throws IOException {
        try {
            return new ZipFile(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toFile());
        } catch (URISyntaxException | RuntimeException e) {
            throw new IOException("the jar of " + type.getName() + " is not on the file system", e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = AllMiniLmL6V2EmbeddingModel.class.getResourceAsStream("/" + name);
        if (in == null) {
            throw new IOException(name + " is not on the class path");
        }
        return in;
    }
}
