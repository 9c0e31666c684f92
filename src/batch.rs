//! Many pages at once, in parallel (the `rayon` feature).

use rayon::prelude::*;

use crate::{Cleaned, Cleaner, Error};

impl Cleaner {
    /// Cleans many pages in parallel, each as by
    /// [`clean_bytes`](Cleaner::clean_bytes): a page's bytes in any charset,
    /// with the `Content-Type` header it came with, if any. Returns one
    /// result per page, in the order of `pages`.
    ///
    /// Available with the `rayon` feature. The pages are spread over the
    /// threads of rayon's current pool: the global pool, whose size
    /// `RAYON_NUM_THREADS` sets (by default, one thread per CPU), unless
    /// called inside [`rayon::ThreadPool::install`]. Each page is cleaned by
    /// one thread, so a batch gains from parallelism when it holds at least
    /// a few pages per thread.
    ///
    /// # Errors
    ///
    /// None for the batch as a whole; each page's result is what
    /// [`clean_bytes`](Cleaner::clean_bytes) returns for it.
    ///
    /// # Example
    ///
    /// ```
    /// use dehusk::Cleaner;
    ///
    /// let cleaner = Cleaner::default();
    /// let pages: Vec<(&[u8], Option<&str>)> = vec![
    ///     (b"<p>The harbour was quiet when the ferry came in, and the few passengers who stepped off went straight to the cafe on the quay.</p>", Some("text/html")),
    ///     (b"Share this:\n\nLike this:", None),
    ///     (b"<p>Caf\xe9 cr\xe8me, every morning, for the fishermen who come in at dawn and say it is the best in the whole region.</p>", Some("text/html; charset=windows-1252")),
    /// ];
    /// let cleaned = cleaner.clean_batch(&pages);
    /// assert_eq!(cleaned.len(), 3);
    /// assert!(cleaned[0].as_ref().unwrap().text().starts_with("The harbour was quiet"));
    /// assert_eq!(cleaned[1].as_ref().unwrap().text(), "");
    /// assert!(cleaned[2].as_ref().unwrap().text().starts_with("Café crème"));
    /// ```
    pub fn clean_batch(&self, pages: &[(&[u8], Option<&str>)]) -> Vec<Result<Cleaned, Error>> {
        pages
            .par_iter()
            .map(|&(bytes, content_type)| self.clean_bytes(bytes, content_type))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::{Cleaned, Cleaner, Error};

    /// What a result says, block by block, for comparing two results.
    fn summary(r: &Result<Cleaned, Error>) -> Result<(String, Vec<String>), Error> {
        r.clone().map(|c| {
            let blocks = c
                .blocks()
                .map(|b| format!("{:?} {} {}", b.label(), b.rule(), b.text()))
                .collect();
            (c.into_text(), blocks)
        })
    }

    #[test]
    fn results_are_in_input_order_and_equal_sequential_calls() {
        let cleaner = Cleaner::builder().max_input_bytes(4096).build().unwrap();
        let too_large = "x".repeat(5000);
        let mut owned: Vec<(Vec<u8>, Option<&str>)> = Vec::new();
        for i in 0..200 {
            let page = match i % 4 {
                0 => format!("<html><body><nav><a href='/'>Home</a></nav><p>Page {i}: the committee met for six hours on Monday and, after a long debate, agreed to publish its report before the summer.</p></body></html>").into_bytes(),
                1 => format!("Share this:\n\nPage {i}: the rain kept falling on the old town all through the night, and by morning the river had burst its banks.").into_bytes(),
                2 => format!("<p>Page {i}: caf\u{e9} on the quay, where the fishermen who come in at dawn say the coffee is the best in the whole region.</p>").chars().map(|c| c as u8).collect(),
                _ => too_large.clone().into_bytes(),
            };
            let content_type = (i % 4 == 2).then_some("text/html; charset=windows-1252");
            owned.push((page, content_type));
        }
        let pages: Vec<(&[u8], Option<&str>)> =
            owned.iter().map(|(b, ct)| (b.as_slice(), *ct)).collect();

        let batch = cleaner.clean_batch(&pages);
        assert_eq!(batch.len(), pages.len());
        for (i, (result, (bytes, content_type))) in batch.iter().zip(&pages).enumerate() {
            let alone = cleaner.clean_bytes(bytes, *content_type);
            assert_eq!(summary(result), summary(&alone), "page {i}");
            match i % 4 {
                3 => assert!(matches!(result, Err(Error::InputTooLarge { .. }))),
                _ => assert!(result
                    .as_ref()
                    .unwrap()
                    .text()
                    .contains(&format!("Page {i}:"))),
            }
        }
        assert!(cleaner.clean_batch(&[]).is_empty());
    }
}
