/**
 * Reading an AWS describe-JSON snapshot (the {@code aws_configs/} layout Batfish reads, plus
 * PrivateLink, ELBv2 and VPC Lattice files) into the network model. The entry point is
 * {@link dev.plumbline.validator.ingest.aws.AwsSnapshotReader}; the format is documented in
 * {@code docs/formats/aws-snapshot.md} and its files' schemas are under {@code schemas/aws/}.
 */
package dev.plumbline.validator.ingest.aws;
