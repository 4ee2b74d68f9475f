package dev.plumbline.runner.aws;

import java.util.Map;
import java.util.function.Function;

/** The mocks of one group of AWS resource types, keyed by Pulumi type token. */
interface ResourceFamily {

    Map<String, Function<MockResource, Created>> handlers();
}
