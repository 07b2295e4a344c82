package org.mockinterview.speech;

import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.mockinterview.platform.problem.ProblemException;
import org.mockinterview.platform.problem.ProblemType;

import java.io.IOException;
import java.nio.file.Files;

/** The multipart {@code audio} part of a request, read into memory once its size is known to be within the limit. */
public final class AudioUpload {

    private AudioUpload() {
    }

    public static byte[] read(FileUpload audio, SpeechService speech) {
        if (audio == null || audio.uploadedFile() == null) {
            throw ProblemException.specific(ProblemType.BAD_REQUEST, "missing-audio",
                    "The multipart form needs a part named 'audio' holding the recording.");
        }
        speech.checkSize(audio.size());
        if (audio.size() == 0) {
            throw ProblemException.specific(ProblemType.BAD_REQUEST, "missing-audio", "The recording is empty.");
        }
        try {
            return Files.readAllBytes(audio.uploadedFile());
        } catch (IOException e) {
            throw ProblemException.specific(ProblemType.BAD_REQUEST, "missing-audio", "The upload could not be read.");
        }
    }
}
