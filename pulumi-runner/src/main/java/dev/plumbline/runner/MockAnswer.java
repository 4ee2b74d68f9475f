package dev.plumbline.runner;

import com.google.protobuf.Struct;

/** What the mocks gave a registered resource: its id and its state (inputs and computed attributes). */
record MockAnswer(String id, Struct outputs) {
}
