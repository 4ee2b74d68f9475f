/**
 * Where a finding is in the files a person edits: {@link dev.plumbline.validator.location.SourceLocator}
 * turns an element's {@link dev.plumbline.validator.model.Origin} (file, JSON pointer, URN) into a
 * file and line. {@link dev.plumbline.validator.location.JsonPointerLines} does it for JSON and YAML
 * inputs by streaming them; a locator for Pulumi programs (URN to the declaring line of the
 * program) is meant to be chained in front of it with
 * {@link dev.plumbline.validator.location.SourceLocator#orElse}.
 */
package dev.plumbline.validator.location;
