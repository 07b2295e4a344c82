package org.mockinterview.question;

import org.mockinterview.embedding.MiniLm;
import org.mockinterview.platform.Sha256;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The bank's embeddings computed at build time ({@code question-bank/vectors.bin}), so a start only reads them.
 *
 * <p>The file names the model and a digest of every embedded text; when either differs (a bank edited in dev mode,
 * a new model) it is ignored and the bank is embedded at runtime as before. The build writes it from
 * {@link #main} in the {@code process-classes} phase.
 */
public final class BankVectorsFile {

    static final String RESOURCE = "question-bank/vectors.bin";
    private static final int MAGIC = 0x4D49_4256; // "MIBV"

    private BankVectorsFile() {
    }

    /** Writes {@code <classes-dir>/question-bank/vectors.bin}; args: classes dir, model cache dir. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]).resolve(RESOURCE);
        QuestionBank bank = new QuestionBank();
        if (Files.isRegularFile(out)) {
            try (InputStream in = Files.newInputStream(out)) {
                if (read(in, bank, MiniLm.fingerprint()) != null) {
                    System.out.println("[bank-vectors] up to date: " + out);
                    return;
                }
            }
        }
        long start = System.nanoTime();
        try (MiniLm model = MiniLm.load(Path.of(args[1]))) {
            Map<String, float[]> vectors = BankVectors.embedAll(bank, model);
            Files.createDirectories(out.getParent());
            try (OutputStream os = Files.newOutputStream(out)) {
                write(os, bank, model.modelId(), vectors);
            }
        }
        System.out.printf("[bank-vectors] %d questions embedded in %d ms: %s%n", bank.all().size(),
                (System.nanoTime() - start) / 1_000_000, out);
    }

    static void write(OutputStream os, QuestionBank bank, String modelId, Map<String, float[]> vectors)
            throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os));
        int dim = vectors.values().iterator().next().length;
        out.writeInt(MAGIC);
        out.writeUTF(modelId);
        out.writeUTF(digest(bank));
        out.writeInt(bank.all().size());
        out.writeInt(dim);
        for (BankQuestion q : bank.all()) {
            out.writeUTF(q.id());
            for (float f : vectors.get(q.id())) {
                out.writeFloat(f);
            }
        }
        out.flush();
    }

    /** The vectors by question id, or null when the file was made for another bank or model. */
    static Map<String, float[]> read(InputStream is, QuestionBank bank, String modelId) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(is));
        if (in.readInt() != MAGIC || !in.readUTF().equals(modelId) || !in.readUTF().equals(digest(bank))) {
            return null;
        }
        int count = in.readInt();
        int dim = in.readInt();
        Map<String, float[]> vectors = new HashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            String id = in.readUTF();
            float[] v = new float[dim];
            for (int j = 0; j < dim; j++) {
                v[j] = in.readFloat();
            }
            vectors.put(id, v);
        }
        return Map.copyOf(vectors);
    }

    /** The precomputed vectors on the class path, or null when absent or stale. */
    static Map<String, float[]> fromClassPath(QuestionBank bank, String modelId) {
        try (InputStream in = BankVectorsFile.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return in == null ? null : read(in, bank, modelId);
        } catch (IOException e) {
            return null; // a damaged file costs only the runtime embedding it was meant to save
        }
    }

    /** SHA-256 over every question's id and embedded text, in bank order. */
    static String digest(QuestionBank bank) {
        StringBuilder texts = new StringBuilder();
        for (BankQuestion q : bank.all()) {
            texts.append(q.id()).append('\0').append(q.embeddingText()).append('\0');
        }
        return Sha256.hex(texts.toString());
    }
}
