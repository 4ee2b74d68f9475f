package dev.plumbline.runner;

import com.google.protobuf.Struct;

import java.util.List;
import java.util.Map;

/**
 * Everything one offline run saw.
 *
 * @param resources every registered or read resource, the stack excepted
 * @param answers the mocks' answer for each resource, by URN (missing when the registration failed)
 * @param registeredOutputs outputs registered by components and by the stack, by URN
 * @param stackUrn the root stack's URN
 * @param diagnostics program exceptions and logged errors and warnings
 */
record CapturedRun(
        List<RegisteredResource> resources,
        Map<String, MockAnswer> answers,
        Map<String, Struct> registeredOutputs,
        String stackUrn,
        List<RunDiagnostic> diagnostics) {

    CapturedRun {
        resources = List.copyOf(resources);
        answers = Map.copyOf(answers);
        registeredOutputs = Map.copyOf(registeredOutputs);
        diagnostics = List.copyOf(diagnostics);
    }
}
