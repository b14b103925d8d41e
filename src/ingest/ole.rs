//! Just enough of the OLE compound file format ([MS-CFB]) to take one stream out of an
//! `.xls`, so that its cells can be measured before calamine reads it whole
//! ([`super::bounds::check_xls`]). Every offset comes from the file: each is checked, and
//! a file that does not hold together gives `None`, left to calamine to call damaged.

/// Marks the end of a chain of sectors.
const END_OF_CHAIN: u32 = 0xFFFF_FFFE;

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

/// An OLE file in memory: its sector size and allocation table.
struct Ole<'a> {
    bytes: &'a [u8],
    shift: u32,
    fat: Vec<u32>,
}

impl<'a> Ole<'a> {
    fn open(bytes: &'a [u8]) -> Option<Ole<'a>> {
        let shift = u32::from(u16_at(bytes, 0x1E)?);
        if shift != 9 && shift != 12 {
            return None;
        }
        let mut ole = Ole {
            bytes,
            shift,
            fat: Vec::new(),
        };
        // The sectors of the allocation table: 109 listed in the header, the others in a
        // chain of DIFAT sectors, each ending with the next one's number.
        let mut fat_sectors: Vec<u32> = (0..109).filter_map(|i| u32_at(bytes, 0x4C + 4 * i)).collect();
        let (mut difat, mut left) = (u32_at(bytes, 0x44)?, u32_at(bytes, 0x48)?);
        let per_sector = (1usize << shift) / 4 - 1;
        while left > 0 && difat < END_OF_CHAIN && fat_sectors.len() < ole.sector_count() {
            let sector = ole.sector(difat)?;
            fat_sectors.extend((0..per_sector).filter_map(|i| u32_at(sector, 4 * i)));
            difat = u32_at(sector, 4 * per_sector)?;
            left -= 1;
        }
        let wanted = u32_at(bytes, 0x2C)? as usize;
        for s in fat_sectors
            .into_iter()
            .filter(|s| *s < END_OF_CHAIN - 1)
            .take(wanted)
        {
            let sector = ole.sector(s)?;
            ole.fat
                .extend((0..sector.len() / 4).filter_map(|i| u32_at(sector, 4 * i)));
        }
        Some(ole)
    }

    fn sector_count(&self) -> usize {
        self.bytes.len() >> self.shift
    }

    fn sector(&self, n: u32) -> Option<&'a [u8]> {
        let size = 1usize << self.shift;
        let start = (n as usize).checked_add(1)?.checked_mul(size)?;
        self.bytes.get(start..start.checked_add(size)?)
    }

    /// The sectors of a chain, in order; `None` if it loops or leaves the file.
    fn chain(&self, table: &[u32], start: u32) -> Option<Vec<u32>> {
        let mut out = Vec::new();
        let mut at = start;
        while at != END_OF_CHAIN {
            if out.len() > table.len() {
                return None;
            }
            out.push(at);
            at = *table.get(at as usize)?;
        }
        Some(out)
    }

    fn read_chain(&self, start: u32) -> Option<Vec<u8>> {
        let mut out = Vec::new();
        for s in self.chain(&self.fat, start)? {
            out.extend_from_slice(self.sector(s)?);
        }
        Some(out)
    }
}

/// The stream named `name` (ASCII, any case) at any place in the file, or `None`.
pub fn stream(bytes: &[u8], names: &[&str]) -> Option<Vec<u8>> {
    let ole = Ole::open(bytes)?;
    let directory = ole.read_chain(u32_at(bytes, 0x30)?)?;
    let entries: Vec<&[u8]> = directory.chunks_exact(128).collect();
    let name_of = |e: &[u8]| {
        let len = (usize::from(u16_at(e, 0x40).unwrap_or(0)) / 2)
            .saturating_sub(1)
            .min(32);
        let units: Vec<u16> = (0..len).filter_map(|i| u16_at(e, 2 * i)).collect();
        String::from_utf16_lossy(&units)
    };
    let entry = entries
        .iter()
        .find(|e| e.get(0x42) == Some(&2) && names.iter().any(|n| name_of(e).eq_ignore_ascii_case(n)))?;
    let (start, size) = (u32_at(entry, 0x74)?, u32_at(entry, 0x78)? as usize);
    let mut data = if size < u32_at(bytes, 0x38)? as usize {
        mini_stream(&ole, entries.first()?, start)?
    } else {
        ole.read_chain(start)?
    };
    data.truncate(size);
    Some(data)
}

/// A small stream, kept in 64-byte mini sectors inside the root entry's stream.
fn mini_stream(ole: &Ole, root: &[u8], start: u32) -> Option<Vec<u8>> {
    let container = ole.read_chain(u32_at(root, 0x74)?)?;
    let mini_fat_bytes = ole.read_chain(u32_at(ole.bytes, 0x3C)?)?;
    let mini_fat: Vec<u32> = (0..mini_fat_bytes.len() / 4)
        .filter_map(|i| u32_at(&mini_fat_bytes, 4 * i))
        .collect();
    let mini = 1usize << u16_at(ole.bytes, 0x20)?.min(12);
    let mut out = Vec::new();
    for s in ole.chain(&mini_fat, start)? {
        let at = (s as usize).checked_mul(mini)?;
        out.extend_from_slice(container.get(at..at + mini)?);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> Vec<u8> {
        let path = format!("{}/tests/fixtures/workbooks/{name}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    #[test]
    fn the_workbook_stream_of_an_xls_starts_with_a_bof_record() {
        for name in ["xls-numbers-stored-as-reals.xls", "xls-cells-far-apart.xls"] {
            let workbook = stream(&fixture(name), &["Workbook", "Book"]).expect(name);
            assert_eq!(workbook.get(..2), Some(&[0x09, 0x08][..]), "{name}");
        }
    }

    #[test]
    fn what_does_not_hold_together_is_none() {
        let mut bytes = fixture("xls-numbers-stored-as-reals.xls");
        assert!(stream(&bytes, &["NoSuchStream"]).is_none());
        bytes.truncate(700);
        assert!(stream(&bytes, &["Workbook"]).is_none());
        assert!(stream(b"\xD0\xCF\x11\xE0", &["Workbook"]).is_none());
    }
}
