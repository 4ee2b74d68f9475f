package dev.plumbline.runner;

import com.google.protobuf.Struct;

import java.util.List;
import java.util.Map;

/**
 * One resource as the program registered (or read) it, before the mocks answered. URNs are
 * normalised ({@link Urns#normalise}).
 *
 * @param read true for a read of an existing resource ({@code Resource.get}), which the engine
 *     shows as a {@code read} step
 * @param remote true for a multi-language component, whose children an offline run cannot see
 */
record RegisteredResource(
        String urn,
        String type,
        String name,
        boolean custom,
        boolean read,
        boolean remote,
        String parent,
        List<String> dependencies,
        Map<String, List<String>> propertyDependencies,
        String provider,
        Struct inputs,
        List<String> additionalSecretOutputs) {

    RegisteredResource {
        dependencies = List.copyOf(dependencies);
        propertyDependencies = Map.copyOf(propertyDependencies);
        additionalSecretOutputs = List.copyOf(additionalSecretOutputs);
    }
}
