/**
 * Where a finding is in the files a person edits: {@link dev.plumbline.validator.location.SourceLocator}
 * turns an element's {@link dev.plumbline.validator.model.Origin} (file, JSON pointer, URN) into a
 * file and line. {@link dev.plumbline.validator.location.JsonPointerLines} does it for JSON and YAML
 * inputs by streaming them; {@link dev.plumbline.validator.location.ProgramSourceLines} does it for
 * the resources of an offline run of a Pulumi Java stack (URN to the program line that declared the
 * resource, or its component) and goes first, chained with
 * {@link dev.plumbline.validator.location.SourceLocator#orElse}.
 */
package dev.plumbline.validator.location;
