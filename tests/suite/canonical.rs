//! The canonical example of `../shared/examples`: a WordPress post dump and the
//! text `dehusk::clean` must return for it. Read at run time and never copied
//! into the repository; the test is skipped, with a note, when it is absent.

use std::fs;

use crate::support;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/examples");

#[test]
fn wordpress_post_matches_its_expected_text() {
    let input_path = format!("{DIR}/wordpress-post.txt");
    let expected_path = format!("{DIR}/wordpress-post.expected.txt");
    let (Ok(input), Ok(expected)) = (
        fs::read_to_string(&input_path),
        fs::read_to_string(&expected_path),
    ) else {
        println!("note: skipped, {input_path} or {expected_path} is absent");
        return;
    };
    let expected = expected.trim_end_matches(['\r', '\n']);
    let got = dehusk::clean(&input);
    if got != expected {
        let cleaned = dehusk::Cleaner::default()
            .clean(&input)
            .unwrap_or_else(|e| {
                panic!("{input_path}: {e}");
            });
        panic!(
            "the canonical example is not cleaned as expected\n  diff (- expected, + got):\n{}  blocks:\n{}",
            support::diff(expected, &got),
            support::explain(&cleaned)
        );
    }
}
