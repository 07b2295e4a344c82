#!/usr/bin/env bash
# Makes the spoken-answer fixtures: espeak-ng says sentences with known words, sox trims each one and joins them with
# silences of known length, and fixtures.properties beside the audio records the truth (words, speaking seconds,
# pauses over 2 s, the longest one) that the tests compare the service's measurements with.
#   scripts/make-audio-fixtures.sh OUT_DIR          WAV only (needs espeak-ng and sox; the tests run this)
#   scripts/make-audio-fixtures.sh OUT_DIR --opus   also Ogg/Opus and WebM/Opus (needs opus-tools and mkvtoolnix;
#                                                   their output is committed under src/test/resources/audio)
set -euo pipefail
out="$1"; opus="${2:-}"
mkdir -p "$out"; tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
rate=16000
sentences=(
  "In my last role I owned the fraud model for card payments"
  "I rebuilt the features from billing events and retrained a gradient boosted model"
  "Then I validated it on a time based split against the old model"
  "Recall rose from sixty one to seventy eight percent and chargebacks fell twelve percent"
)
# the silence after each sentence but the last: two pauses over 2 s (2.6 s, 3.4 s) and one short gap (1.0 s) that is not one
gaps=(2.6 1.0 3.4)
silence() { sox -n -r "$rate" -c 1 -b 16 "$1" trim 0 "$2"; }
words=0; speaking=0; parts=()
silence "$tmp/lead.wav" 0.5; parts+=("$tmp/lead.wav")
for i in "${!sentences[@]}"; do
  espeak-ng -s 165 -w "$tmp/raw$i.wav" "${sentences[$i]}"
  # trimmed at -46 dBFS on both ends, so a clip's length is its speech and the joins are exactly the gaps below
  sox "$tmp/raw$i.wav" -r "$rate" -b 16 "$tmp/s$i.wav" silence 1 0.02 0.5% reverse silence 1 0.02 0.5% reverse
  parts+=("$tmp/s$i.wav")
  speaking=$(echo "$speaking + $(soxi -D "$tmp/s$i.wav")" | bc -l)
  words=$((words + $(wc -w <<< "${sentences[$i]}")))
  if (( i < ${#gaps[@]} )); then silence "$tmp/g$i.wav" "${gaps[$i]}"; parts+=("$tmp/g$i.wav"); fi
done
silence "$tmp/tail.wav" 0.5; parts+=("$tmp/tail.wav")
sox "${parts[@]}" "$out/speech-pauses.wav"
# the same speech under a steady noise floor 40 dB below its peak, as a laptop microphone records it
sox -n -r "$rate" -c 1 -b 16 "$tmp/noise.wav" synth "$(soxi -D "$out/speech-pauses.wav")" whitenoise vol 0.006
sox -m "$out/speech-pauses.wav" "$tmp/noise.wav" "$out/speech-noisy.wav"
silence "$out/silence.wav" 4
sox -n -r "$rate" -c 1 -b 16 "$out/hum-only.wav" synth 4 whitenoise vol 0.006
transcript="${sentences[*]}"
cat > "$out/fixtures.properties" <<PROPS
# made by scripts/make-audio-fixtures.sh; truth for speech-pauses and speech-noisy
transcript=$transcript.
words=$words
speakingSeconds=$(printf '%.3f' "$speaking")
audioSeconds=$(printf '%.3f' "$(soxi -D "$out/speech-pauses.wav")")
pauseCount=2
longestPauseSeconds=3.4
PROPS
if [[ "$opus" == --opus ]]; then
  for f in speech-pauses silence; do
    opusenc --quiet --bitrate 24 "$out/$f.wav" "$out/$f.opus"
    mkvmerge --quiet -w -o "$out/$f.webm" "$out/$f.opus"
  done
fi
