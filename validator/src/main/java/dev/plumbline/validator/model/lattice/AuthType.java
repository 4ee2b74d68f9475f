package dev.plumbline.validator.model.lattice;

/** VPC Lattice auth type of a service network or service: {@code NONE} (default) or {@code AWS_IAM}. */
public enum AuthType {
    NONE, AWS_IAM
}
