package org.mockinterview.speech;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The spoken-answer fixtures of scripts/make-audio-fixtures.sh: the committed Opus ones (src/test/resources/audio) and
 * the WAV ones, made once per run into target/ when espeak-ng and sox are installed (.ci/run installs them; tests that
 * need them are skipped, saying so, where they are missing).
 */
public final class AudioFixtures {

    private static final Path GENERATED = Path.of("target", "audio-fixtures");
    private static volatile String missingTools;

    private AudioFixtures() {
    }

    /** A committed fixture, such as {@code speech-pauses.webm}. */
    public static byte[] committed(String name) {
        try (InputStream in = AudioFixtures.class.getResourceAsStream("/audio/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource audio/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The truth recorded beside the committed fixtures (the same script makes the generated ones). */
    public static Properties truth() {
        Properties p = new Properties();
        try (InputStream in = AudioFixtures.class.getResourceAsStream("/audio/fixtures.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    public static double truth(String key) {
        return Double.parseDouble(truth().getProperty(key));
    }

    /** A generated WAV fixture (speech-pauses, speech-noisy, silence, hum-only); skips the test without the tools. */
    public static synchronized byte[] generated(String name) {
        if (!Files.exists(GENERATED.resolve("fixtures.properties")) && missingTools == null) {
            missingTools = make();
        }
        assumeTrue(missingTools == null, () -> "skipped: " + missingTools);
        try {
            return Files.readAllBytes(GENERATED.resolve(name + ".wav"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the script; returns why it could not, or null. */
    private static String make() {
        for (String tool : new String[] {"espeak-ng", "sox", "soxi", "bc"}) {
            if (!onPath(tool)) {
                String reason = tool + " is not installed (apt-get install espeak-ng sox bc)";
                System.out.println("AudioFixtures: WAV fixture tests " + reason.replace(" is", " skipped:"));
                return reason;
            }
        }
        try {
            Process p = new ProcessBuilder("bash", "scripts/make-audio-fixtures.sh", GENERATED.toString())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("make-audio-fixtures.sh failed: " + out);
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
